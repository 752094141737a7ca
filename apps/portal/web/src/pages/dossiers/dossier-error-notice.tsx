import { ErrorNotice } from '../../components/error-notice.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { describeDossierError } from './dossier-errors.js';

/**
 * A refused call of the procedures, dossiers, calendar and report pages: the rule that refused it in the portal's words
 * (with every problem the service listed, for a procedure file or a schedule), anything else through `ErrorNotice`.
 */
export function DossierErrorNotice({
  error,
  onRetry,
  testId,
}: {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  const message = describeDossierError(error, t, locale);
  if (message === null) {
    return <ErrorNotice error={error} {...(onRetry ? { onRetry } : {})} {...(testId ? { testId } : {})} />;
  }
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-code={message.code}>
      <p>{t(message.key, message.params)}</p>
      {message.issues.length > 1 ? (
        <>
          <p>{t('dossiers.error.issuesTitle', { count: message.issues.length })}</p>
          <ul className="dossiers-issues">
            {message.issues.map((issue, index) => (
              <li key={`${issue.path}-${index}`}>
                {issue.path ? <code>{issue.path}</code> : null}
                {issue.path ? ': ' : null}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('list.retry')}
        </button>
      ) : null}
    </div>
  );
}
