import type { RouteObject } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import '../../dossiers.css';
import { RECEIVE_ROLES, TRACK_ROLES } from './dossier-actions.js';
import { DossierDetailPage } from './dossier-detail-page.js';
import { ReceiptPage } from './receipt-page.js';
import { ReceiveDossierPage } from './receive-dossier-page.js';
import { ReceivedDossiersPage } from './received-dossiers-page.js';
import { MyStepsPage, OverdueDossiersPage } from './tracked-dossiers-pages.js';

/** The routes of the one-stop dossiers (`/dossiers/...`), mounted under the shared layout by `app.tsx`. */
export const dossiersRoutes: RouteObject[] = [
  {
    path: 'dossiers',
    element: (
      <RequireRole roles={TRACK_ROLES}>
        <ReceivedDossiersPage />
      </RequireRole>
    ),
  },
  {
    path: 'dossiers/receive',
    element: (
      <RequireRole roles={RECEIVE_ROLES}>
        <ReceiveDossierPage />
      </RequireRole>
    ),
  },
  // Anyone may have work: a procedure's step can name any role.
  { path: 'dossiers/my-work', element: <MyStepsPage /> },
  {
    path: 'dossiers/overdue',
    element: (
      <RequireRole roles={TRACK_ROLES}>
        <OverdueDossiersPage />
      </RequireRole>
    ),
  },
  {
    path: 'dossiers/:id',
    element: (
      <RequireRole roles={TRACK_ROLES}>
        <DossierDetailPage />
      </RequireRole>
    ),
  },
  { path: 'dossiers/:id/receipt', element: <ReceiptPage /> },
];
