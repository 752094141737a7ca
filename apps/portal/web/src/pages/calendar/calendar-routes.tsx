import type { RouteObject } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import '../../dossiers.css';
import { CALENDAR_ROLES } from '../dossiers/dossier-actions.js';
import { CalendarPage } from './calendar-page.js';

/** The working-day calendar (`/admin/calendar`), under Quản trị, mounted under the shared layout by `app.tsx`. */
export const calendarRoutes: RouteObject[] = [
  {
    path: 'admin/calendar',
    element: (
      <RequireRole roles={CALENDAR_ROLES}>
        <CalendarPage />
      </RequireRole>
    ),
  },
];
