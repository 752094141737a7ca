import type { RouteObject } from 'react-router';

/** The routes of the outgoing-documents area (`/outgoing/...`), mounted under the shared layout by `app.tsx`. */
export const outgoingRoutes: RouteObject[] = [];
