import { useI18n } from '../../i18n/i18n-context.js';
import type { OutgoingStatus, Recipient } from './outgoing-model.js';

/** A document's state as a tag; `data-status` carries the code for tests and styles. */
export function StatusTag({ status, testId }: { status: OutgoingStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-tag outgoing-status outgoing-status-${status}`} data-status={status} data-testid={testId}>
      {t(`outgoing.status.${status}`)}
    </span>
  );
}

/** The "Nơi nhận" list: units of the system by name, outside bodies with their electronic organ id when known. */
export function RecipientList({ recipients }: { recipients: readonly Recipient[] }) {
  const { t } = useI18n();
  if (recipients.length === 0) return <span className="muted">{t('outgoing.recipients.none')}</span>;
  return (
    <ul className="outgoing-recipients">
      {recipients.map((recipient) => (
        <li key={recipient.type === 'internal' ? `i:${recipient.orgId}` : `e:${recipient.name}`}>
          {recipient.name}{' '}
          <span className="muted">
            {recipient.type === 'internal'
              ? t('outgoing.recipients.internalTag')
              : recipient.organId
                ? t('outgoing.recipients.externalWithId', { organId: recipient.organId })
                : t('outgoing.recipients.externalTag')}
          </span>
        </li>
      ))}
    </ul>
  );
}
