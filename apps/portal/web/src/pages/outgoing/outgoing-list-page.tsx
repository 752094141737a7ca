import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { LoadMore } from '../../components/load-more.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DRAFTING_ROLES } from './outgoing-actions.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { outgoingKeys } from './outgoing-keys.js';
import { kindName, type OutgoingDocument } from './outgoing-model.js';
import { StatusTag } from './outgoing-parts.js';
import { OUTGOING_TABS, findInputFor, tabOf, type OutgoingTab } from './outgoing-tabs.js';

const PAGE_SIZE = 20;

function NumberSymbol({ document }: { document: OutgoingDocument }) {
  const { t } = useI18n();
  return document.numberSymbol ? (
    <>{document.numberSymbol}</>
  ) : (
    <span className="muted">{t('outgoing.field.notNumbered')}</span>
  );
}

const COLUMNS: readonly Column<OutgoingDocument>[] = [
  { header: 'outgoing.field.updatedAt', render: (doc) => formatDateTime(doc.updatedAt), className: 'nowrap' },
  { header: 'outgoing.field.numberSymbol', render: (doc) => <NumberSymbol document={doc} />, className: 'nowrap' },
  { header: 'outgoing.field.kind', render: (doc) => kindName(doc.documentSystem, doc.kindCode), className: 'nowrap' },
  {
    header: 'outgoing.field.subject',
    render: (doc) => (
      <Link to={`/outgoing/${doc.id}`} data-testid="outgoing-row-link">
        {doc.subject}
      </Link>
    ),
    className: 'subject',
  },
  { header: 'outgoing.field.draftedBy', render: (doc) => doc.draftedBy, className: 'nowrap' },
  { header: 'outgoing.field.status', render: (doc) => <StatusTag status={doc.status} />, className: 'nowrap' },
];

/** Văn bản đi: the unit's outgoing documents by state (tabs), searchable, newest first, "Xem thêm" for older ones. */
export function OutgoingListPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = tabOf(searchParams.get('tab'));
  const query = (searchParams.get('q') ?? '').trim();
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);

  const input = findInputFor(tab, query, PAGE_SIZE);
  const documents = useInfiniteQuery({
    queryKey: outgoingKeys.find(input),
    queryFn: ({ pageParam }) => intake.outgoing.find.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = documents.data?.pages.flatMap((page) => page.items) ?? [];

  const navigate = (next: { tab: OutgoingTab; q: string }) => {
    const params: Record<string, string> = {};
    if (next.tab !== 'all') params['tab'] = next.tab;
    if (next.q) params['q'] = next.q;
    setSearchParams(params);
  };
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ tab, q: draft.trim() });
  };

  return (
    <section className="page outgoing-page" aria-labelledby="outgoing-list-title">
      <div className="outgoing-heading">
        <h1 id="outgoing-list-title">{t('outgoing.list.title')}</h1>
        {hasAnyRole(user, DRAFTING_ROLES) ? (
          <Link to="/outgoing/new" className="outgoing-button-link" data-testid="outgoing-new-link">
            {t('outgoing.list.newDraft')}
          </Link>
        ) : null}
      </div>

      <div className="outgoing-tabs" role="group" aria-label={t('outgoing.list.tabsLabel')}>
        {OUTGOING_TABS.map((key) => (
          <button
            key={key}
            type="button"
            className={key === tab ? 'outgoing-tab outgoing-tab-active' : 'outgoing-tab'}
            aria-pressed={key === tab}
            onClick={() => navigate({ tab: key, q: query })}
            data-testid={`outgoing-tab-${key}`}
          >
            {t(`outgoing.tab.${key}`)}
          </button>
        ))}
      </div>

      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="outgoing-search">{t('outgoing.list.searchLabel')}</label>
        <div className="search-row">
          <input
            id="outgoing-search"
            type="search"
            name="q"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby="outgoing-search-hint"
            data-testid="outgoing-search"
          />
          <button type="submit">{t('outgoing.list.searchButton')}</button>
          {query ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setDraft('');
                navigate({ tab, q: '' });
              }}
            >
              {t('outgoing.list.clearSearch')}
            </button>
          ) : null}
        </div>
        <p id="outgoing-search-hint" className="hint">
          {t('outgoing.list.searchHint')}
        </p>
      </form>

      {documents.isPending ? (
        <Loading />
      ) : documents.isError && items.length === 0 ? (
        <OutgoingErrorNotice error={documents.error} onRetry={() => void documents.refetch()} testId="outgoing-error" />
      ) : items.length === 0 ? (
        <Empty
          text={query ? t('outgoing.list.noMatch', { query }) : t('outgoing.list.empty')}
          testId="outgoing-empty"
        />
      ) : (
        <>
          <DataTable
            caption={t('outgoing.list.title')}
            columns={COLUMNS}
            items={items}
            testId="outgoing-table"
            rowTestId="outgoing-row"
          />
          <p className="muted" aria-live="polite">
            {t('list.count', { count: items.length })}
          </p>
          {documents.isFetchNextPageError ? (
            <OutgoingErrorNotice error={documents.error} onRetry={() => void documents.fetchNextPage()} />
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
