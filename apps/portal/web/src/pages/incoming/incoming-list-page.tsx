import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { REGISTER_READER_ROLES } from '../../layout/nav-items.js';
import { registerYearOptions } from '../registers/register-year.js';
import {
  INCOMING_STATUSES,
  INCOMING_STATUS_LABELS,
  KIND_CODES,
  KIND_LABELS,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
} from './document-labels.js';
import { INCOMING_COLUMNS } from './incoming-columns.js';
import {
  draftOf,
  filtersFromSearchParams,
  filtersOfDraft,
  findInputOf,
  hasFilters,
  searchParamsFromFilters,
  type FilterDraft,
  type FilterParam,
} from './incoming-filters.js';
import { incomingKeys } from './incoming-keys.js';

const PAGE_SIZE = 20;

/** A `<select>` of the filter form: "any" first, then the codes with their labels. */
function FilterSelect({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: FilterParam;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = `incoming-filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        className="incoming-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={id}
      >
        <option value="">{t('incoming.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The incoming register (sổ văn bản đến) of the caller's unit: search and filters kept in the address (so a filtered
 * list can be shared), newest first, "Xem thêm" for older pages; each row opens the document's page.
 */
export function IncomingListPage() {
  const { t, locale } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const addressKey = searchParams.toString();
  const filters = useMemo(() => filtersFromSearchParams(new URLSearchParams(addressKey)), [addressKey]);
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(filters));
  const [rangeError, setRangeError] = useState(false);
  // Back/forward changes the address: the form follows it.
  useEffect(() => {
    setDraft(draftOf(filters));
    setRangeError(false);
  }, [filters]);

  const findInput = findInputOf(filters);
  const documents = useInfiniteQuery({
    queryKey: incomingKeys.find({ ...findInput, limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) =>
      intake.incoming.find.query({ ...findInput, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = documents.data?.pages.flatMap((page) => page.items) ?? [];

  const thisYear = Number(vietnamToday(new Date()).slice(0, 4));
  const years = registerYearOptions(thisYear, filters.year ? Number(filters.year) : null);
  const kindOptions = useMemo(
    () =>
      KIND_CODES.map((code) => ({ value: code, label: t(KIND_LABELS[code]) })).sort((a, b) =>
        a.label.localeCompare(b.label, locale),
      ),
    [t, locale],
  );

  const set = (name: FilterParam) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = filtersOfDraft(draft);
    setRangeError(!result.ok);
    if (result.ok) setSearchParams(searchParamsFromFilters(result.filters));
  };

  const clear = () => {
    setRangeError(false);
    setSearchParams({});
  };

  const filtered = hasFilters(filters);
  const onlySearch = filtered && Object.keys(filters).every((name) => name === 'q');

  return (
    <section className="page" aria-labelledby="incoming-list-title">
      <h1 id="incoming-list-title">{t('incoming.list.title')}</h1>
      {hasAnyRole(user, REGISTER_READER_ROLES) ? (
        <p className="incoming-registers-link">
          <Link to="/registers" data-testid="incoming-registers-link">
            {t('incoming.list.registersLink')}
          </Link>
        </p>
      ) : null}
      <form
        role="search"
        className="search incoming-filters"
        onSubmit={apply}
        aria-label={t('incoming.filters.legend')}
      >
        <label htmlFor="incoming-search">{t('incoming.list.searchLabel')}</label>
        <div className="search-row">
          <input
            id="incoming-search"
            type="search"
            name="q"
            value={draft.q}
            maxLength={200}
            onChange={(event) => set('q')(event.target.value)}
            aria-describedby="incoming-search-hint"
            data-testid="incoming-search"
          />
          <button type="submit">{t('incoming.list.searchButton')}</button>
          {filtered ? (
            <button type="button" className="button-secondary" onClick={clear} data-testid="incoming-filter-clear">
              {t('incoming.filters.clear')}
            </button>
          ) : null}
        </div>
        <p id="incoming-search-hint" className="hint">
          {t('incoming.list.searchHint')}
        </p>
        <fieldset className="incoming-filter-grid">
          <legend className="visually-hidden">{t('incoming.filters.legend')}</legend>
          <FilterSelect
            name="kind"
            label={t('field.kind')}
            value={draft.kind}
            options={kindOptions}
            onChange={set('kind')}
          />
          <FilterSelect
            name="urgency"
            label={t('field.urgency')}
            value={draft.urgency}
            options={URGENCY_LEVELS.map((level) => ({ value: level, label: t(URGENCY_LABELS[level]) }))}
            onChange={set('urgency')}
          />
          <FilterSelect
            name="secrecy"
            label={t('field.secrecy')}
            value={draft.secrecy}
            options={SECRECY_LEVELS.map((level) => ({ value: level, label: t(SECRECY_LABELS[level]) }))}
            onChange={set('secrecy')}
          />
          <FilterSelect
            name="status"
            label={t('field.status')}
            value={draft.status}
            options={INCOMING_STATUSES.map((status) => ({ value: status, label: t(INCOMING_STATUS_LABELS[status]) }))}
            onChange={set('status')}
          />
          <div className="field">
            <label htmlFor="incoming-filter-issuer">{t('field.issuer')}</label>
            <input
              id="incoming-filter-issuer"
              type="text"
              name="issuer"
              maxLength={200}
              value={draft.issuer}
              onChange={(event) => set('issuer')(event.target.value)}
              data-testid="incoming-filter-issuer"
            />
          </div>
          <div className={rangeError ? 'field field-invalid' : 'field'}>
            <label htmlFor="incoming-filter-from">{t('incoming.filters.receivedFrom')}</label>
            <input
              id="incoming-filter-from"
              type="date"
              name="from"
              value={draft.from}
              onChange={(event) => set('from')(event.target.value)}
              aria-invalid={rangeError}
              {...(rangeError ? { 'aria-describedby': 'incoming-filter-range-error' } : {})}
              data-testid="incoming-filter-from"
            />
          </div>
          <div className={rangeError ? 'field field-invalid' : 'field'}>
            <label htmlFor="incoming-filter-to">{t('incoming.filters.receivedTo')}</label>
            <input
              id="incoming-filter-to"
              type="date"
              name="to"
              value={draft.to}
              onChange={(event) => set('to')(event.target.value)}
              aria-invalid={rangeError}
              {...(rangeError ? { 'aria-describedby': 'incoming-filter-range-error' } : {})}
              data-testid="incoming-filter-to"
            />
          </div>
          <FilterSelect
            name="year"
            label={t('incoming.filters.year')}
            value={draft.year}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
            onChange={set('year')}
          />
        </fieldset>
        {rangeError ? (
          <p id="incoming-filter-range-error" className="field-error" role="alert" data-testid="incoming-filter-error">
            {t('incoming.filters.receivedRange')}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" data-testid="incoming-filter-apply">
            {t('incoming.filters.apply')}
          </button>
        </div>
      </form>

      {documents.isPending ? (
        <Loading />
      ) : documents.isError && items.length === 0 ? (
        <ErrorNotice error={documents.error} onRetry={() => void documents.refetch()} testId="incoming-error" />
      ) : items.length === 0 ? (
        <Empty
          text={
            onlySearch
              ? t('incoming.list.noMatch', { query: filters.q ?? '' })
              : filtered
                ? t('incoming.list.noMatchFilters')
                : t('list.empty')
          }
          testId="incoming-empty"
        />
      ) : (
        <>
          <DataTable
            caption={t('incoming.list.title')}
            columns={INCOMING_COLUMNS}
            items={items}
            testId="incoming-table"
            rowTestId="incoming-row"
          />
          <p className="muted" aria-live="polite">
            {t('list.count', { count: items.length })}
          </p>
          {documents.isFetchNextPageError ? (
            <ErrorNotice error={documents.error} onRetry={() => void documents.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={documents.hasNextPage}
            loading={documents.isFetchingNextPage}
            onLoadMore={() => void documents.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
