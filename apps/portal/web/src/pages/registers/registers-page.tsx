import type { IntakeOutputs } from '@lienthong/intake-api/router';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { base64ToBytes, saveBlob } from '../../files/index.js';
import { formatDate, formatDateTime, vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { SECRECY_LABELS, URGENCY_LABELS, kindLabel } from '../incoming/document-labels.js';
import { incomingDetailPath } from '../incoming/incoming-columns.js';
import { OutgoingRegisterEntries } from './outgoing-register-entries.js';
import {
  REGISTER_BOOKS,
  REGISTER_BOOK_TEXTS,
  registersPath,
  registersQuery,
  registersViewOf,
  type RegisterBook,
} from './register-books.js';
import { MONTHS, kindRowsOf, monthTotalsOf, unitLifeInYear, type UnitCounts } from './register-counts.js';
import { parseRegisterYear, registerYearOptions } from './register-year.js';
import { registersKeys } from './registers-keys.js';
import './registers.css';

/** Entries per page of the register book (intake allows up to 500). */
const PAGE_SIZE = 100;

type RegisterEntry = IntakeOutputs['registers']['entries']['items'][number];
type EntryRow = RegisterEntry & { id: string };

/** (6) Tên loại và trích yếu nội dung: the kind's name (when the symbol names one), then the subject. */
function KindAndSubject({ entry }: { entry: RegisterEntry }) {
  const { t } = useI18n();
  return (
    <>
      {entry.kindCode ? <strong>{kindLabel(t, entry.kindCode)}: </strong> : null}
      {entry.subject}
    </>
  );
}

/** (10) Ghi chú: urgency and secrecy marks that are not ordinary, in the user's language. */
function EntryNotes({ entry }: { entry: RegisterEntry }) {
  const { t } = useI18n();
  const marks = [
    entry.urgency === 'thuong' ? null : t(URGENCY_LABELS[entry.urgency]),
    entry.secrecy === 'thuong' ? null : t(SECRECY_LABELS[entry.secrecy]),
  ].filter((mark) => mark !== null);
  return <>{marks.join('; ')}</>;
}

/** The columns of the incoming register book, Decree 30/2020 Phụ lục IV, (1)–(10). */
const ENTRY_COLUMNS: readonly Column<EntryRow>[] = [
  { header: 'registers.col.receivedAt', render: (entry) => formatDateTime(entry.receivedAt), className: 'nowrap' },
  { header: 'registers.col.incomingNumber', render: (entry) => entry.incomingNumber, className: 'nowrap' },
  { header: 'registers.col.author', render: (entry) => entry.issuer, className: 'issuer' },
  {
    header: 'registers.col.numberSymbol',
    render: (entry) => <Link to={incomingDetailPath(entry.documentId)}>{entry.numberSymbol}</Link>,
    className: 'nowrap',
  },
  { header: 'registers.col.documentDate', render: (entry) => formatDate(entry.documentDate), className: 'nowrap' },
  { header: 'registers.col.kindSubject', render: (entry) => <KindAndSubject entry={entry} />, className: 'subject' },
  { header: 'registers.col.recipient', render: (entry) => entry.recipient ?? '' },
  {
    header: 'registers.col.forwardedAt',
    render: (entry) => (entry.forwardedAt ? formatDate(entry.forwardedAt) : ''),
    className: 'nowrap',
  },
  { header: 'registers.col.acknowledgedBy', render: (entry) => entry.acknowledgedBy ?? '' },
  { header: 'registers.col.notes', render: (entry) => <EntryNotes entry={entry} /> },
];

function MonthHeaders() {
  const { t } = useI18n();
  return (
    <>
      {MONTHS.map((month) => (
        <th key={month} scope="col" className="registers-number">
          <abbr title={t('registers.monthLong', { month })}>{t('registers.monthShort', { month })}</abbr>
        </th>
      ))}
      <th scope="col" className="registers-number">
        {t('registers.total')}
      </th>
    </>
  );
}

function CountCells({ months, total }: { months: readonly number[]; total: number }) {
  return (
    <>
      {months.map((count, index) => (
        <td key={index} className={count === 0 ? 'registers-number registers-zero' : 'registers-number'}>
          {count}
        </td>
      ))}
      <td className="registers-number registers-total">{total}</td>
    </>
  );
}

/** A table of counts: a first column naming the row, twelve months, the year. */
function CountsTable({
  caption,
  firstHeader,
  rows,
  footer,
  testId,
}: {
  caption: string;
  firstHeader: string;
  rows: readonly { key: string; label: ReactNode; months: readonly number[]; total: number }[];
  footer: { label: string; months: readonly number[]; total: number };
  testId: string;
}) {
  return (
    <div className="table-wrap">
      <table className="registers-counts" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstHeader}</th>
            <MonthHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`${testId}-row`} data-key={row.key}>
              <th scope="row">{row.label}</th>
              <CountCells months={row.months} total={row.total} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{footer.label}</th>
            <CountCells months={footer.months} total={footer.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The year's book as a file, in the columns of the page: intake writes it (`direction` picks the book). */
function RegisterExports({ year, book }: { year: number; book: RegisterBook }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const csv = useMutation({
    mutationFn: () => intake.registers.exportCsv.query({ year, direction: book }),
    onSuccess: (file) => saveBlob(new Blob([file.content], { type: file.contentType }), file.fileName),
  });
  const xlsx = useMutation({
    mutationFn: () => intake.registers.exportXlsx.query({ year, direction: book }),
    onSuccess: (file) => saveBlob(new Blob([base64ToBytes(file.base64)], { type: file.contentType }), file.fileName),
  });
  const failed = csv.error ?? xlsx.error;
  return (
    <div className="registers-exports">
      <div className="registers-export-buttons">
        <button type="button" onClick={() => csv.mutate()} disabled={csv.isPending} data-testid="register-export">
          {csv.isPending ? t('registers.exporting') : t('registers.exportCsv', { year })}
        </button>
        <button
          type="button"
          onClick={() => xlsx.mutate()}
          disabled={xlsx.isPending}
          data-testid="register-export-xlsx"
        >
          {xlsx.isPending ? t('registers.exporting') : t('registers.exportXlsx', { year })}
        </button>
      </div>
      {failed ? <ErrorNotice error={failed} testId="register-export-error" /> : null}
    </div>
  );
}

/** Sổ đăng ký văn bản đến of a year, in số đến order, a page at a time. */
function RegisterEntries({ year }: { year: number }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const entries = useInfiniteQuery({
    queryKey: registersKeys.entries(year),
    queryFn: ({ pageParam }) =>
      intake.registers.entries.query({ year, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const rows: EntryRow[] =
    entries.data?.pages.flatMap((page) => page.items.map((entry) => ({ ...entry, id: entry.documentId }))) ?? [];

  if (entries.isPending) return <Loading />;
  if (entries.isError && rows.length === 0) {
    return <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} testId="register-entries-error" />;
  }
  if (rows.length === 0) return <Empty text={t('registers.entriesEmpty', { year })} testId="register-entries-empty" />;
  return (
    <>
      <DataTable
        caption={t('registers.entriesTitle', { year })}
        columns={ENTRY_COLUMNS}
        items={rows}
        testId="register-entries"
        rowTestId="register-entry"
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

/** The year's documents of a book by month and kind (received ones by month of arrival, issued ones by their date). */
function KindCounts({ year, book }: { year: number; book: RegisterBook }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const texts = REGISTER_BOOK_TEXTS[book];
  const counts = useQuery({
    queryKey: registersKeys.monthlyCounts(year, book),
    queryFn: () => intake.registers.monthlyCounts.query({ year, direction: book }),
  });
  if (counts.isPending) return <Loading />;
  if (counts.isError) {
    return <ErrorNotice error={counts.error} onRetry={() => void counts.refetch()} testId="register-counts-error" />;
  }
  if (counts.data.total === 0) return <Empty text={t(texts.countsEmpty, { year })} testId="register-counts-empty" />;
  return (
    <CountsTable
      caption={t(texts.countsTitle, { year })}
      firstHeader={t('field.kind')}
      rows={kindRowsOf(counts.data.months).map((row) => ({ ...row, key: row.kind, label: kindLabel(t, row.kind) }))}
      footer={{ label: t('registers.sum'), months: monthTotalsOf(counts.data.months), total: counts.data.total }}
      testId="register-counts"
    />
  );
}

function UnitName({ unit, year }: { unit: UnitCounts; year: number }) {
  const { t } = useI18n();
  const life = unitLifeInYear(unit, year);
  return (
    <>
      {unit.unitName}
      {life.from ? (
        <span className="registers-unit-life">{t('registers.unitFrom', { date: formatDate(life.from) })}</span>
      ) : null}
      {life.until ? (
        <span className="registers-unit-life">{t('registers.unitUntil', { date: formatDate(life.until) })}</span>
      ) : null}
    </>
  );
}

/** For leaders: the year's documents of a book by month, for their unit and each unit beneath it. */
function UnitCountsTable({ year, book }: { year: number; book: RegisterBook }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const texts = REGISTER_BOOK_TEXTS[book];
  const counts = useQuery({
    queryKey: registersKeys.monthlyCountsByUnit(year, book),
    queryFn: () => intake.registers.monthlyCountsByUnit.query({ year, direction: book }),
  });
  if (counts.isPending) return <Loading />;
  if (counts.isError) {
    return <ErrorNotice error={counts.error} onRetry={() => void counts.refetch()} testId="register-units-error" />;
  }
  if (counts.data.units.length === 0) {
    return <Empty text={t(texts.countsEmpty, { year })} testId="register-units-empty" />;
  }
  const monthTotals = MONTHS.map((month) =>
    counts.data.units.reduce((sum, unit) => sum + (unit.months.find((m) => m.month === month)?.total ?? 0), 0),
  );
  return (
    <CountsTable
      caption={t(texts.unitsTitle, { year })}
      firstHeader={t('registers.unit')}
      rows={counts.data.units.map((unit) => ({
        key: unit.unitId,
        label: <UnitName unit={unit} year={year} />,
        months: monthTotalsOf(unit.months),
        total: unit.total,
      }))}
      footer={{ label: t('registers.sum'), months: monthTotals, total: counts.data.total }}
      testId="register-units"
    />
  );
}

/** The choice of book, as links that keep the year, so that the address always says what is shown. */
function BookSwitch({ year, book, thisYear }: { year: number; book: RegisterBook; thisYear: number }) {
  const { t } = useI18n();
  return (
    <nav className="registers-books" aria-label={t('registers.booksLabel')}>
      {REGISTER_BOOKS.map((option) => (
        <Link
          key={option}
          to={registersPath({ year, book: option }, thisYear)}
          className={option === book ? 'registers-book registers-book-active' : 'registers-book'}
          aria-current={option === book ? 'page' : undefined}
          data-testid={`registers-book-${option}`}
        >
          {t(`registers.book.${option}`)}
        </Link>
      ))}
    </nav>
  );
}

/**
 * Sổ đăng ký văn bản đến and đi for clerks, leaders and archivists: a book and a year (both kept in the address,
 * `?book=outgoing&year=2025`), the register book in the columns of Phụ lục IV with paging, the year's counts by month
 * and kind, for leaders by month and unit, and the book as CSV or Excel.
 */
export function RegistersPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = Number(vietnamToday(new Date()).slice(0, 4));
  const { year, book } = registersViewOf(searchParams, thisYear);
  const texts = REGISTER_BOOK_TEXTS[book];
  const years = registerYearOptions(thisYear, year);
  const isLeader = hasAnyRole(user, ['lanh-dao']);

  return (
    <section className="page registers-page" aria-labelledby="registers-title" data-book={book}>
      <h1 id="registers-title">{t(texts.title)}</h1>
      <BookSwitch year={year} book={book} thisYear={thisYear} />
      <p className="muted">{t(texts.intro)}</p>
      <div className="registers-toolbar">
        <div className="field registers-year">
          <label htmlFor="registers-year">{t('registers.year')}</label>
          <select
            id="registers-year"
            className="incoming-select"
            value={year}
            onChange={(event) => {
              const chosen = parseRegisterYear(event.target.value) ?? thisYear;
              setSearchParams(registersQuery({ year: chosen, book }, thisYear));
            }}
            data-testid="registers-year"
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        {/* A new book starts with no export in progress and no error left from the other one. */}
        <RegisterExports key={book} year={year} book={book} />
      </div>

      <h2 id="registers-entries-title">{t(texts.entriesTitle, { year })}</h2>
      {book === 'outgoing' ? <OutgoingRegisterEntries year={year} /> : <RegisterEntries year={year} />}

      <h2 id="registers-counts-title">{t(texts.countsTitle, { year })}</h2>
      {texts.countsIntro ? <p className="muted">{t(texts.countsIntro)}</p> : null}
      <KindCounts year={year} book={book} />

      {isLeader ? (
        <>
          <h2 id="registers-units-title">{t(texts.unitsTitle, { year })}</h2>
          <p className="muted">{t('registers.unitsIntro')}</p>
          <UnitCountsTable year={year} book={book} />
        </>
      ) : null}
    </section>
  );
}
