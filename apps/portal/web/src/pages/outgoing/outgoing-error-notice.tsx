import { ErrorNotice } from '../../components/error-notice.js';
import { FileErrorNotice, FileRequestError } from '../../files/index.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { describeOutgoingError } from './outgoing-errors.js';

/**
 * A refused call of the outgoing pages: the workflow's own rules in the portal's words (who may act, which state,
 * what is missing), refused uploads through the shared `FileErrorNotice`, anything else through `ErrorNotice`.
 */
export function OutgoingErrorNotice({
  error,
  onRetry,
  testId,
}: {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}) {
  const { t } = useI18n();
  if (error instanceof FileRequestError) {
    // An upload or download refused by intake's file route (size, type): the shared file messages say why.
    return <FileErrorNotice error={error} {...(onRetry ? { onRetry } : {})} {...(testId ? { testId } : {})} />;
  }
  const message = describeOutgoingError(error);
  if (message === null) {
    return <ErrorNotice error={error} {...(onRetry ? { onRetry } : {})} {...(testId ? { testId } : {})} />;
  }
  const params = {
    ...message.params,
    ...(message.fromStatus ? { from: t(`outgoing.status.${message.fromStatus}`) } : {}),
    ...(message.toStatus ? { to: t(`outgoing.status.${message.toStatus}`) } : {}),
  };
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{t(message.key, params)}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('list.retry')}
        </button>
      ) : null}
    </div>
  );
}
