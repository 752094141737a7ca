import { Navigate, type RouteObject } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import '../../dossiers.css';
import { REPORT_ROLES } from '../dossiers/dossier-actions.js';
import { OnTimeReportPage } from './on-time-report-page.js';

/** The routes of the reports area (`/reports/...`), mounted under the shared layout by `app.tsx`. */
export const reportsRoutes: RouteObject[] = [
  { path: 'reports', element: <Navigate to="/reports/on-time" replace /> },
  {
    path: 'reports/on-time',
    element: (
      <RequireRole roles={REPORT_ROLES}>
        <OnTimeReportPage />
      </RequireRole>
    ),
  },
];
