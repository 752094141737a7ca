import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { queryKeys } from '../../api/query-keys.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { INCOMING_COLUMNS } from './incoming-columns.js';
import { RegisterExportButton } from './register-export.js';

const PAGE_SIZE = 20;

/** The incoming register (sổ văn bản đến) of the caller's unit: search, newest first, "Xem thêm" for older pages. */
export function IncomingListPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [draft, setDraft] = useState(query);
  // Back/forward changes the address: the box follows it.
  useEffect(() => setDraft(query), [query]);

  const documents = useInfiniteQuery({
    queryKey: queryKeys.incoming.find({ query, limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) =>
      intake.incoming.find.query({
        limit: PAGE_SIZE,
        ...(query ? { query } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = documents.data?.pages.flatMap((page) => page.items) ?? [];

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = draft.trim();
    setSearchParams(next ? { q: next } : {});
  };

  return (
    <section className="page" aria-labelledby="incoming-list-title">
      <h1 id="incoming-list-title">{t('incoming.list.title')}</h1>
      <RegisterExportButton />
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="incoming-search">{t('incoming.list.searchLabel')}</label>
        <div className="search-row">
          <input
            id="incoming-search"
            type="search"
            name="q"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby="incoming-search-hint"
            data-testid="incoming-search"
          />
          <button type="submit">{t('incoming.list.searchButton')}</button>
          {query ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setDraft('');
                setSearchParams({});
              }}
            >
              {t('incoming.list.clearSearch')}
            </button>
          ) : null}
        </div>
        <p id="incoming-search-hint" className="hint">
          {t('incoming.list.searchHint')}
        </p>
      </form>

      {documents.isPending ? (
        <Loading />
      ) : documents.isError && items.length === 0 ? (
        <ErrorNotice error={documents.error} onRetry={() => void documents.refetch()} testId="incoming-error" />
      ) : items.length === 0 ? (
        <Empty text={query ? t('incoming.list.noMatch', { query }) : t('list.empty')} testId="incoming-empty" />
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
