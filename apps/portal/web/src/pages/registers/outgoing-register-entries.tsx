import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  OUTGOING_REGISTER_COLUMNS,
  outgoingRegisterCells,
  type OutgoingRegisterCells,
  type OutgoingRegisterColumnId,
  type OutgoingRegisterEntry,
} from './outgoing-register-columns.js';
import { registersKeys } from './registers-keys.js';

/** Entries per page of the register book (intake allows up to 500). */
const PAGE_SIZE = 100;

/** A line of the book with its cells worked out once, keyed by the document for the table. */
type OutgoingRow = { id: string; entry: OutgoingRegisterEntry; cells: OutgoingRegisterCells };

/** How each column's cell is drawn: the number links to the document, the kind is set apart from the subject. */
const CELLS: Readonly<Record<OutgoingRegisterColumnId, Omit<Column<OutgoingRow>, 'header'>>> = {
  numberSymbol: {
    render: (row) => <Link to={`/outgoing/${row.entry.documentId}`}>{row.cells.numberSymbol}</Link>,
    className: 'nowrap',
  },
  issuedDate: { render: (row) => row.cells.issuedDate, className: 'nowrap' },
  kindSubject: {
    render: ({ cells: { kindSubject } }) => (
      <>
        {kindSubject.kind ? <strong>{kindSubject.kind}: </strong> : null}
        {kindSubject.subject}
      </>
    ),
    className: 'subject',
  },
  signer: { render: (row) => row.cells.signer },
  recipients: { render: (row) => row.cells.recipients },
  fileCopy: { render: (row) => row.cells.fileCopy },
  copies: { render: (row) => row.cells.copies, className: 'registers-number' },
  forwardedAt: { render: (row) => row.cells.forwardedAt, className: 'nowrap' },
  acknowledgedBy: { render: (row) => row.cells.acknowledgedBy },
  notes: { render: (row) => row.cells.notes },
};

/** The ten columns of the outgoing book, Decree 30/2020 Phụ lục IV, (1)–(10), as the export has them. */
const COLUMNS: readonly Column<OutgoingRow>[] = OUTGOING_REGISTER_COLUMNS.map(({ id, header }) => ({
  header,
  ...CELLS[id],
}));

/** Sổ đăng ký văn bản đi of a year: every document issued, in số đi order, a page at a time. */
export function OutgoingRegisterEntries({ year }: { year: number }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const entries = useInfiniteQuery({
    queryKey: registersKeys.outgoingEntries(year),
    queryFn: ({ pageParam }) =>
      intake.registers.outgoingEntries.query({ year, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const rows: OutgoingRow[] =
    entries.data?.pages.flatMap((page) =>
      page.items.map((entry) => ({ id: entry.documentId, entry, cells: outgoingRegisterCells(entry, t) })),
    ) ?? [];

  if (entries.isPending) return <Loading />;
  if (entries.isError && rows.length === 0) {
    return (
      <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} testId="registers-outgoing-error" />
    );
  }
  if (rows.length === 0) {
    return <Empty text={t('registers.outgoing.entriesEmpty', { year })} testId="registers-outgoing-empty" />;
  }
  return (
    <>
      <DataTable
        caption={t('registers.outgoing.entriesTitle', { year })}
        columns={COLUMNS}
        items={rows}
        testId="registers-outgoing-table"
        rowTestId="registers-outgoing-row"
      />
      <p className="muted" aria-live="polite">
        {t('registers.entriesCount', { count: rows.length })}
      </p>
      {entries.isFetchNextPageError ? (
        <ErrorNotice error={entries.error} onRetry={() => void entries.fetchNextPage()} />
      ) : null}
      <LoadMore
        hasMore={entries.hasNextPage}
        loading={entries.isFetchingNextPage}
        onLoadMore={() => void entries.fetchNextPage()}
      />
    </>
  );
}
