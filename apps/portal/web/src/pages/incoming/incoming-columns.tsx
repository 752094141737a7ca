import type { IntakeOutputs } from '@lienthong/intake-api/router';
import { Link } from 'react-router';
import type { Column } from '../../components/data-table.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { INCOMING_STATUS_LABELS, SECRECY_LABELS, URGENCY_LABELS } from './document-labels.js';

/** An incoming document as intake returns it (`receivedAt` arrives as a `Date` through superjson). */
export type IncomingDocument = IntakeOutputs['incoming']['find']['items'][number];

/** The detail page of a document. */
export const incomingDetailPath = (id: string) => `/incoming/${id}`;

/** Urgency and secrecy marks beside the subject, only when they are not ordinary (as the register's notes column). */
export function DocumentMarks({ document }: { document: Pick<IncomingDocument, 'urgency' | 'secrecy'> }) {
  const { t } = useI18n();
  return (
    <>
      {document.urgency === 'thuong' ? null : (
        <span className="incoming-mark incoming-mark-urgency">{t(URGENCY_LABELS[document.urgency])}</span>
      )}
      {document.secrecy === 'thuong' ? null : (
        <span className="incoming-mark incoming-mark-secrecy">{t(SECRECY_LABELS[document.secrecy])}</span>
      )}
    </>
  );
}

function StatusTag({ status }: { status: IncomingDocument['status'] }) {
  const { t } = useI18n();
  return <span className="status-tag">{t(INCOMING_STATUS_LABELS[status])}</span>;
}

/** The register's columns, in the order of the paper register book (sổ đăng ký văn bản đến); each row opens its page. */
export const INCOMING_COLUMNS: readonly Column<IncomingDocument>[] = [
  { header: 'field.receivedAt', render: (doc) => formatDateTime(doc.receivedAt), className: 'nowrap' },
  { header: 'field.incomingNumber', render: (doc) => doc.incomingNumber ?? '—', className: 'nowrap' },
  {
    header: 'field.numberSymbol',
    render: (doc) => (
      <Link to={incomingDetailPath(doc.id)} data-testid="incoming-open">
        {doc.numberSymbol}
      </Link>
    ),
    className: 'nowrap',
  },
  { header: 'field.documentDate', render: (doc) => formatDate(doc.documentDate), className: 'nowrap' },
  { header: 'field.issuer', render: (doc) => doc.issuer, className: 'issuer' },
  {
    header: 'field.subject',
    render: (doc) => (
      <>
        {doc.subject} <DocumentMarks document={doc} />
      </>
    ),
    className: 'subject',
  },
  { header: 'field.status', render: (doc) => <StatusTag status={doc.status} />, className: 'nowrap' },
];
