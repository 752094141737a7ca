import { describeError } from '../errors.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A failed request, explained in the user's language, with a retry button when retrying can help. */
export function ErrorNotice({ error, onRetry, testId }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t } = useI18n();
  const { key, params } = describeError(error);
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{t(key, params)}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('list.retry')}
        </button>
      ) : null}
    </div>
  );
}
