import type { IntakeOutputs } from '@lienthong/intake-api/router';
import type { Column } from '../../components/data-table.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';

/** An incoming document as intake returns it (`receivedAt` arrives as a `Date` through superjson). */
export type IncomingDocument = IntakeOutputs['incoming']['find']['items'][number];

/** The register's columns, in the order of the paper register book (sổ đăng ký văn bản đến). */
export const INCOMING_COLUMNS: readonly Column<IncomingDocument>[] = [
  { header: 'field.receivedAt', render: (doc) => formatDateTime(doc.receivedAt), className: 'nowrap' },
  { header: 'field.incomingNumber', render: (doc) => doc.incomingNumber ?? '—', className: 'nowrap' },
  { header: 'field.numberSymbol', render: (doc) => doc.numberSymbol, className: 'nowrap' },
  { header: 'field.documentDate', render: (doc) => formatDate(doc.documentDate), className: 'nowrap' },
  { header: 'field.issuer', render: (doc) => doc.issuer },
  { header: 'field.subject', render: (doc) => doc.subject, className: 'subject' },
];
