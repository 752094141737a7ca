import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Empty, Loading } from '../../components/page-states.js';
import { FileDownloadButton, StoredFilePreview, formatFileSize, previewKindOf } from '../../files/index.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { DRAFTER_ROLES } from '../../layout/nav-items.js';
import { INCOMING_STATUS_LABELS, SECRECY_LABELS, URGENCY_LABELS, kindLabel, mayCarryFiles } from './document-labels.js';
import {
  OCR_POLL_MS,
  describeHistoryEntry,
  isOcrPending,
  ocrStatusOf,
  type HistoryEntry,
  type IncomingDetail,
  type IncomingFile,
  type Message,
} from './incoming-detail.js';
import { incomingKeys } from './incoming-keys.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** intake shows at most this many characters of the OCR text (`get-incoming.ts`). */
const OCR_TEXT_SHOWN = 20_000;

function say(t: I18n['t'], message: Message | { text: string }): string {
  return 'text' in message ? message.text : t(message.key, message.params);
}

/** Where to draft a reply: the outgoing draft page, told which incoming document it answers. */
export const replyPath = (id: string) => `/outgoing/new?replyTo=${encodeURIComponent(id)}`;

function OcrStatus({ file }: { file: IncomingFile }) {
  const { t } = useI18n();
  const status = ocrStatusOf(file.ocr);
  if (!status) return null;
  return (
    <div className={`incoming-ocr incoming-ocr-${status.tone}`} data-testid="incoming-ocr" data-state={file.ocr?.state}>
      <span role={status.tone === 'pending' ? 'status' : undefined}>{say(t, status.message)}</span>
      {file.ocr?.state === 'running' ? (
        <progress max={100} value={Math.round(Math.min(1, Math.max(0, file.ocr.progress)) * 100)} aria-hidden="true" />
      ) : null}
      {status.tone === 'failed' && file.ocr?.errorMessage ? (
        <details className="incoming-ocr-details">
          <summary>{t('ocr.details')}</summary>
          {/* The worker's own account (in Vietnamese), for whoever has to fix the file or the server. */}
          <p>
            {file.ocr.errorCode ? <code>{file.ocr.errorCode}</code> : null} {file.ocr.errorMessage}
          </p>
        </details>
      ) : null}
    </div>
  );
}

function FileRow({ file, previewed, onToggle }: { file: IncomingFile; previewed: boolean; onToggle: () => void }) {
  const { t, locale } = useI18n();
  const canPreview = previewKindOf(file.contentType) !== null;
  return (
    <li className="incoming-file" data-testid="incoming-file">
      <div className="incoming-file-head">
        <span className="incoming-file-name">{file.fileName}</span>
        <span className="muted">{formatFileSize(file.size, locale)}</span>
        <div className="incoming-file-actions">
          {canPreview ? (
            <button
              type="button"
              className="button-secondary"
              onClick={onToggle}
              aria-expanded={previewed}
              data-testid="incoming-file-preview-toggle"
            >
              {previewed ? t('incoming.detail.hidePreview') : t('incoming.detail.preview')}
            </button>
          ) : null}
          <FileDownloadButton file={file} testId="incoming-file-download" />
        </div>
      </div>
      <OcrStatus file={file} />
      {previewed ? <StoredFilePreview file={file} testId="incoming-file-preview" /> : null}
    </li>
  );
}

function Metadata({ document }: { document: IncomingDetail }) {
  const { t } = useI18n();
  const rows: [string, string][] = [
    [
      t('field.incomingNumber'),
      document.incomingNumber === null
        ? '—'
        : document.registerScope
          ? t('incoming.detail.incomingNumberInScope', {
              number: document.incomingNumber,
              scope: document.registerScope,
            })
          : String(document.incomingNumber),
    ],
    [t('field.receivedAt'), formatDateTime(document.receivedAt)],
    [t('field.issuer'), document.issuer],
    [t('field.numberSymbol'), document.numberSymbol],
    [t('field.documentDate'), formatDate(document.documentDate)],
    [t('field.kind'), kindLabel(t, document.kindCode)],
    [t('field.subject'), document.subject],
    [t('field.urgency'), t(URGENCY_LABELS[document.urgency])],
    [t('field.secrecy'), t(SECRECY_LABELS[document.secrecy])],
    [t('field.status'), t(INCOMING_STATUS_LABELS[document.status])],
  ];
  return (
    <dl className="incoming-metadata" data-testid="incoming-metadata">
      {rows.map(([label, value]) => (
        <div key={label} className="incoming-metadata-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Timeline({ history }: { history: readonly HistoryEntry[] }) {
  const { t } = useI18n();
  if (history.length === 0) return <Empty text={t('incoming.detail.noHistory')} testId="incoming-history-empty" />;
  return (
    <ol className="incoming-timeline" data-testid="incoming-history">
      {history.map((entry, index) => {
        const line = describeHistoryEntry(entry);
        return (
          // History is append-only and comes oldest first: the position is a stable key.
          <li
            key={index}
            className="incoming-timeline-item"
            data-testid="incoming-history-item"
            data-action={entry.action}
          >
            <time className="incoming-timeline-time" dateTime={entry.at.toISOString()}>
              {formatDateTime(entry.at)}
            </time>
            <div className="incoming-timeline-body">
              <p className="incoming-timeline-action">
                <strong>{say(t, line.action)}</strong>
                {line.statusChange ? (
                  <span className="incoming-timeline-status">
                    {line.statusChange.from ? `${say(t, line.statusChange.from)} → ` : '→ '}
                    {say(t, line.statusChange.to)}
                  </span>
                ) : null}
              </p>
              <p className="muted">{t('history.actor', { actor: say(t, line.actor) })}</p>
              {line.details.length > 0 ? (
                <p className="muted">{line.details.map((detail) => say(t, detail)).join(' · ')}</p>
              ) : null}
              {line.note ? <p className="incoming-timeline-note">{line.note}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * One incoming document: its metadata, its files (download, preview, where their OCR stands — asked again every few
 * seconds while one is waiting or running), the recognised text folded away, its history as a timeline, and
 * "Soạn văn bản trả lời".
 */
export function IncomingDetailPage() {
  const { t, locale } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const { id = '' } = useParams();
  const isValidId = UUID.test(id);
  const [previewed, setPreviewed] = useState<ReadonlySet<string> | null>(null);

  const detail = useQuery({
    queryKey: incomingKeys.get(id),
    queryFn: () => intake.incoming.get.query({ id }),
    enabled: isValidId,
    refetchInterval: (query) => (isOcrPending(query.state.data) ? OCR_POLL_MS : false),
  });

  const back = (
    <p className="incoming-back">
      <Link to="/incoming">← {t('incoming.detail.back')}</Link>
    </p>
  );

  if (!isValidId) {
    return (
      <section className="page" aria-labelledby="incoming-detail-title">
        {back}
        <h1 id="incoming-detail-title">{t('notFound.title')}</h1>
        <div className="notice notice-error" role="alert" data-testid="incoming-detail-error">
          <p>{t('error.domain.DOCUMENT_NOT_FOUND')}</p>
        </div>
      </section>
    );
  }
  if (detail.isPending) {
    return (
      <section className="page" aria-labelledby="incoming-detail-title">
        {back}
        <h1 id="incoming-detail-title" className="visually-hidden">
          {t('incoming.list.title')}
        </h1>
        <Loading />
      </section>
    );
  }
  if (detail.isError) {
    return (
      <section className="page" aria-labelledby="incoming-detail-title">
        {back}
        <h1 id="incoming-detail-title">{t('incoming.list.title')}</h1>
        <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} testId="incoming-detail-error" />
      </section>
    );
  }

  const document = detail.data;
  // The first file that can be shown is open at first; then the user decides.
  const firstPreviewable = document.files.find((file) => previewKindOf(file.contentType) !== null);
  const open = previewed ?? new Set(firstPreviewable ? [firstPreviewable.id] : []);
  const toggle = (fileId: string) => {
    const next = new Set(open);
    if (next.has(fileId)) next.delete(fileId);
    else next.add(fileId);
    setPreviewed(next);
  };

  return (
    <section className="page incoming-detail" aria-labelledby="incoming-detail-title" data-testid="incoming-detail">
      {back}
      <div className="incoming-detail-header">
        <div>
          <h1 id="incoming-detail-title">{t('incoming.detail.title', { numberSymbol: document.numberSymbol })}</h1>
          <p className="incoming-detail-subject">{document.subject}</p>
        </div>
        {hasAnyRole(user, DRAFTER_ROLES) ? (
          <Link className="incoming-button-link" to={replyPath(document.id)} data-testid="incoming-reply">
            {t('incoming.detail.reply')}
          </Link>
        ) : null}
      </div>

      <h2 id="incoming-metadata-title">{t('incoming.detail.metadata')}</h2>
      <Metadata document={document} />

      <h2 id="incoming-files-title">{t('incoming.detail.files')}</h2>
      {document.files.length === 0 ? (
        <Empty
          text={
            mayCarryFiles(document.secrecy) ? t('incoming.detail.noFiles') : t('incoming.detail.noFilesConfidential')
          }
          testId="incoming-files-empty"
        />
      ) : (
        <ul className="incoming-files" aria-labelledby="incoming-files-title" data-testid="incoming-files">
          {document.files.map((file) => (
            <FileRow key={file.id} file={file} previewed={open.has(file.id)} onToggle={() => toggle(file.id)} />
          ))}
        </ul>
      )}

      {document.ocrText ? (
        <details className="incoming-ocr-text" data-testid="incoming-ocr-text">
          <summary>{t('incoming.detail.ocrText')}</summary>
          {document.ocrText.length >= OCR_TEXT_SHOWN ? (
            <p className="muted">
              {t('incoming.detail.ocrTextTruncated', {
                count: OCR_TEXT_SHOWN.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB'),
              })}
            </p>
          ) : null}
          <pre lang="vi">{document.ocrText}</pre>
        </details>
      ) : document.files.some((file) => file.ocr !== null) ? (
        <p className="muted" data-testid="incoming-ocr-text-none">
          {t('incoming.detail.ocrTextNone')}
        </p>
      ) : null}

      <h2 id="incoming-history-title">{t('incoming.detail.history')}</h2>
      <Timeline history={document.history} />
    </section>
  );
}
