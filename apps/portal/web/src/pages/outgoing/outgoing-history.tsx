import { formatDateTime } from '../../i18n/format.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { historyDetails, isHistoryAction } from './outgoing-history-model.js';
import { isOutgoingStatus, type HistoryEntry } from './outgoing-model.js';

function statusLabel(t: I18n['t'], status: string | null): string | null {
  if (status === null) return null;
  return isOutgoingStatus(status) ? t(`outgoing.status.${status}`) : status;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const action = isHistoryAction(entry.action) ? t(`outgoing.history.${entry.action}`) : entry.action;
  const from = statusLabel(t, entry.fromStatus);
  const to = statusLabel(t, entry.toStatus);
  const details = historyDetails(entry.detail);
  return (
    <li className="outgoing-history-entry" data-testid="outgoing-history-entry" data-action={entry.action}>
      <p className="outgoing-history-head">
        <time dateTime={entry.at.toISOString()} className="nowrap">
          {formatDateTime(entry.at)}
        </time>{' '}
        <strong>{action}</strong> <span className="muted">{t('outgoing.history.by', { name: entry.actor })}</span>
      </p>
      {to ? (
        <p className="muted">
          {from ? t('outgoing.history.moved', { from, to }) : t('outgoing.history.started', { to })}
        </p>
      ) : null}
      {details.fileVersion !== null ? (
        <p className="muted">
          {details.fileName
            ? t('outgoing.history.fileNamed', { version: details.fileVersion, fileName: details.fileName })
            : t('outgoing.history.file', { version: details.fileVersion })}
        </p>
      ) : null}
      {details.numberSymbol ? (
        <p className="muted">{t('outgoing.history.numbered', { numberSymbol: details.numberSymbol })}</p>
      ) : null}
      {entry.note ? <p className="outgoing-history-note">{t('outgoing.history.note', { note: entry.note })}</p> : null}
    </li>
  );
}

/** Lịch sử xử lý: every step of the document, oldest first, as intake recorded it (never edited). */
export function OutgoingHistory({ history }: { history: readonly HistoryEntry[] }) {
  const { t } = useI18n();
  return (
    <section className="outgoing-section" aria-labelledby="outgoing-history-title">
      <h2 id="outgoing-history-title">{t('outgoing.history.title')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('outgoing.history.empty')}</p>
      ) : (
        <ol className="outgoing-history" data-testid="outgoing-history">
          {history.map((entry, index) => (
            <Entry key={`${entry.at.toISOString()}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
