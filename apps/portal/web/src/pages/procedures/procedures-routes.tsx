import type { RouteObject } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import '../../dossiers.css';
import { ProcedureDetailPage } from './procedure-detail-page.js';
import { ProcedureImportPage } from './procedure-import-page.js';
import { ProcedureListPage } from './procedure-list-page.js';
import { CATALOGUE_ROLES } from './procedure-model.js';

/** The routes of the procedures catalogue (`/procedures/...`), mounted under the shared layout by `app.tsx`. */
export const proceduresRoutes: RouteObject[] = [
  { path: 'procedures', element: <ProcedureListPage /> },
  {
    path: 'procedures/import',
    element: (
      <RequireRole roles={CATALOGUE_ROLES}>
        <ProcedureImportPage />
      </RequireRole>
    ),
  },
  { path: 'procedures/:code', element: <ProcedureDetailPage /> },
];
