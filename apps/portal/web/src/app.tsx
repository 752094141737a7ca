import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from './api/api-context.js';
import { createApiClients, type ApiClients } from './api/clients.js';
import { AuthProvider, useAuth } from './auth/auth-context.js';
import { RequireRole } from './auth/require-role.js';
import type { AuthSession } from './auth/session.js';
import type { PortalConfig } from './config.js';
import { isUnauthorizedError, shouldRetry } from './errors.js';
import { Layout } from './layout/layout.js';
import { FilesProvider } from './files/index.js';
import { NAV_AREAS, QUEUE_ROLES, REGISTER_READER_ROLES, REGISTER_ROLES, homePathFor } from './layout/nav-items.js';
import { ComingSoonPage, NotFoundPage } from './pages/coming-soon.js';
import { IncomingDetailPage } from './pages/incoming/incoming-detail-page.js';
import { IncomingListPage } from './pages/incoming/incoming-list-page.js';
import { RegisterIncomingPage } from './pages/incoming/register-incoming-page.js';
import { calendarRoutes } from './pages/calendar/calendar-routes.js';
import { dossiersRoutes } from './pages/dossiers/dossiers-routes.js';
import { outgoingRoutes } from './pages/outgoing/outgoing-routes.js';
import { proceduresRoutes } from './pages/procedures/procedures-routes.js';
import { QueuePage } from './pages/queue/queue-page.js';
import { RegistersPage } from './pages/registers/registers-page.js';
import { reportsRoutes } from './pages/reports/reports-routes.js';

function Home() {
  const { user } = useAuth();
  return <Navigate to={homePathFor(user.roles)} replace />;
}

/** Every page of the portal, under the shared layout. Areas not built yet get the "Sắp có" page. */
export const portalRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'incoming', element: <IncomingListPage /> },
      {
        path: 'incoming/register',
        element: (
          <RequireRole roles={REGISTER_ROLES}>
            <RegisterIncomingPage />
          </RequireRole>
        ),
      },
      {
        path: 'incoming/awaiting-direction',
        element: (
          <RequireRole roles={QUEUE_ROLES}>
            <QueuePage />
          </RequireRole>
        ),
      },
      { path: 'incoming/:id', element: <IncomingDetailPage /> },
      {
        path: 'registers',
        element: (
          <RequireRole roles={REGISTER_READER_ROLES}>
            <RegistersPage />
          </RequireRole>
        ),
      },
      ...outgoingRoutes,
      ...proceduresRoutes,
      ...dossiersRoutes,
      ...reportsRoutes,
      ...calendarRoutes,
      ...NAV_AREAS.filter((area) => !area.built).map((area) => ({
        path: `${area.path.slice(1)}/*`,
        element: <ComingSoonPage area={area.label} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** TanStack Query with the portal's policies: no retry of refused calls, and a 401 renews the session. */
export function createPortalQueryClient(onUnauthorized: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthorizedError(error)) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}

/** The signed-in portal: one client per service, the query cache, the router. */
export function App({ config, session }: { config: PortalConfig; session: AuthSession }) {
  const [rejected, setRejected] = useState(false);
  const clients: ApiClients = useMemo(
    () => createApiClients(config.services, () => session.getToken()),
    [config.services, session],
  );
  const [queryClient] = useState(() => {
    const client = createPortalQueryClient(() => {
      void session.recoverFromUnauthorized().then((outcome) => {
        if (outcome === 'refreshed') void client.invalidateQueries();
        if (outcome === 'rejected') setRejected(true);
      });
    });
    return client;
  });
  const [router] = useState(() => createBrowserRouter(portalRoutes));

  return (
    <AuthProvider session={session} rejected={rejected}>
      <ApiProvider clients={clients}>
        <FilesProvider intakeUrl={config.services.intake}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </FilesProvider>
      </ApiProvider>
    </AuthProvider>
  );
}
