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
import { RECEIVE_ROLES, TRACK_ROLES } from './dossier-actions.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import type { ReceivedDossier } from './dossier-model.js';
import { appointmentText } from './dossier-receipt.js';

const PAGE_SIZE = 20;

function columns(tracks: boolean): readonly Column<ReceivedDossier>[] {
  return [
    {
      header: 'dossiers.field.code',
      render: (dossier) =>
        tracks ? (
          <Link to={`/dossiers/${dossier.id}`} data-testid="dossier-row-link">
            {dossier.code}
          </Link>
        ) : (
          dossier.code
        ),
      className: 'nowrap',
    },
    { header: 'dossiers.field.applicant', render: (dossier) => dossier.applicant.name },
    { header: 'dossiers.field.procedure', render: (dossier) => dossier.procedure.name, className: 'subject' },
    {
      header: 'dossiers.field.receivedAt',
      render: (dossier) => formatDateTime(dossier.receivedAt),
      className: 'nowrap',
    },
    {
      header: 'dossiers.field.appointment',
      render: (dossier) => appointmentText(dossier.appointment),
      className: 'nowrap',
    },
    {
      header: 'dossiers.field.receipt',
      render: (dossier) => <ReceiptLink id={dossier.id} />,
      className: 'nowrap',
    },
  ];
}

function ReceiptLink({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <Link to={`/dossiers/${id}/receipt`} data-testid="dossier-row-receipt">
      {t('dossiers.list.receipt')}
    </Link>
  );
}

/** Hồ sơ đã tiếp nhận: the dossiers the unit's desk received (intake), newest first, searchable by code or applicant. */
export function ReceivedDossiersPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);

  const input = { ...(query ? { query } : {}), limit: PAGE_SIZE };
  const dossiers = useInfiniteQuery({
    queryKey: dossierKeys.receivedFind(input),
    queryFn: ({ pageParam }) => intake.dossiers.find.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = dossiers.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(draft.trim() ? { q: draft.trim() } : {});
  };

  return (
    <section className="page dossiers-page" aria-labelledby="dossiers-received-title">
      <div className="dossiers-heading">
        <h1 id="dossiers-received-title">{t('dossiers.received.title')}</h1>
        {hasAnyRole(user, RECEIVE_ROLES) ? (
          <Link to="/dossiers/receive" className="dossiers-button-link" data-testid="dossier-receive-link">
            {t('dossiers.received.receive')}
          </Link>
        ) : null}
      </div>
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="dossiers-search">{t('dossiers.received.searchLabel')}</label>
        <div className="search-row">
          <input
            id="dossiers-search"
            type="search"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby="dossiers-search-hint"
            data-testid="dossier-search"
          />
          <button type="submit">{t('dossiers.received.searchButton')}</button>
        </div>
        <p id="dossiers-search-hint" className="hint">
          {t('dossiers.received.searchHint')}
        </p>
      </form>
      {dossiers.isPending ? (
        <Loading />
      ) : dossiers.isError && items.length === 0 ? (
        <DossierErrorNotice error={dossiers.error} onRetry={() => void dossiers.refetch()} testId="dossier-error" />
      ) : items.length === 0 ? (
        <Empty
          text={query ? t('dossiers.received.noMatch', { query }) : t('dossiers.received.empty')}
          testId="dossier-empty"
        />
      ) : (
        <>
          <DataTable
            caption={t('dossiers.received.title')}
            columns={columns(hasAnyRole(user, TRACK_ROLES))}
            items={items}
            testId="dossier-table"
            rowTestId="dossier-row"
          />
          {dossiers.isFetchNextPageError ? (
            <DossierErrorNotice error={dossiers.error} onRetry={() => void dossiers.fetchNextPage()} />
          ) : null}
          <LoadMore
            hasMore={dossiers.hasNextPage}
            loading={dossiers.isFetchingNextPage}
            onLoadMore={() => void dossiers.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
