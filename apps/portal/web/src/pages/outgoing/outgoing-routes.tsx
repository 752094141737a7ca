import type { RouteObject } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import '../../outgoing.css';
import { MyConsultationsPage } from './my-consultations-page.js';
import { NewOutgoingPage } from './new-outgoing-page.js';
import { DRAFTING_ROLES } from './outgoing-actions.js';
import { OutgoingDetailPage } from './outgoing-detail-page.js';
import { OutgoingListPage } from './outgoing-list-page.js';

/** The routes of the outgoing-documents area (`/outgoing/...`), mounted under the shared layout by `app.tsx`. */
export const outgoingRoutes: RouteObject[] = [
  { path: 'outgoing', element: <OutgoingListPage /> },
  {
    path: 'outgoing/new',
    element: (
      <RequireRole roles={DRAFTING_ROLES}>
        <NewOutgoingPage />
      </RequireRole>
    ),
  },
  { path: 'outgoing/consultations', element: <MyConsultationsPage /> },
  { path: 'outgoing/:id', element: <OutgoingDetailPage /> },
];
