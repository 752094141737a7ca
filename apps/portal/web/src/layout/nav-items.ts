import type { PortalRole } from '../auth/user.js';
import type { MessageKey } from '../i18n/vi.js';
import { CALENDAR_ROLES, RECEIVE_ROLES, REPORT_ROLES, TRACK_ROLES } from '../pages/dossiers/dossier-actions.js';
import { CATALOGUE_ROLES } from '../pages/procedures/procedure-model.js';

export type NavLinkItem = {
  path: string;
  label: MessageKey;
  /** Shown only to these roles; absent = everyone. The services check again: this only tidies the menu. */
  roles?: readonly PortalRole[];
};

export type NavArea = NavLinkItem & {
  /** `false` for areas that only show the "Sắp có" page so far. */
  built: boolean;
  links?: readonly NavLinkItem[];
};

/** Who may register incoming documents and who sees the queue awaiting direction (mirrors the services' checks). */
export const REGISTER_ROLES = ['van-thu'] as const satisfies readonly PortalRole[];
export const QUEUE_ROLES = ['lanh-dao', 'van-thu'] as const satisfies readonly PortalRole[];
/** Who may start an outgoing draft (intake's `outgoing.create`). */
export const DRAFTER_ROLES = ['chuyen-vien', 'lanh-dao', 'van-thu'] as const satisfies readonly PortalRole[];
/** Who may read and export the unit's registers (intake's `registers.*` procedures). */
export const REGISTER_READER_ROLES = ['van-thu', 'lanh-dao', 'luu-tru'] as const satisfies readonly PortalRole[];

/** The portal's areas in menu order; the routes in `app.tsx` follow the same paths. */
export const NAV_AREAS: readonly NavArea[] = [
  {
    path: '/incoming',
    label: 'nav.incoming',
    built: true,
    links: [
      { path: '/incoming', label: 'nav.incoming.list' },
      { path: '/incoming/register', label: 'nav.incoming.register', roles: REGISTER_ROLES },
      { path: '/incoming/awaiting-direction', label: 'nav.incoming.awaitingDirection', roles: QUEUE_ROLES },
      { path: '/registers', label: 'nav.registers', roles: REGISTER_READER_ROLES },
    ],
  },
  {
    path: '/outgoing',
    label: 'nav.outgoing',
    built: true,
    links: [
      { path: '/outgoing', label: 'nav.outgoing.list' },
      { path: '/outgoing/new', label: 'nav.outgoing.new', roles: DRAFTER_ROLES },
      { path: '/outgoing/consultations', label: 'nav.outgoing.consultations' },
    ],
  },
  { path: '/my-work', label: 'nav.myWork', built: false },
  { path: '/signing', label: 'nav.signing', built: false },
  {
    path: '/procedures',
    label: 'nav.procedures',
    built: true,
    links: [
      { path: '/procedures', label: 'nav.procedures.catalogue' },
      { path: '/procedures/import', label: 'nav.procedures.import', roles: CATALOGUE_ROLES },
    ],
  },
  {
    path: '/dossiers',
    label: 'nav.dossiers',
    built: true,
    links: [
      { path: '/dossiers/receive', label: 'nav.dossiers.receive', roles: RECEIVE_ROLES },
      { path: '/dossiers', label: 'nav.dossiers.received', roles: TRACK_ROLES },
      { path: '/dossiers/my-work', label: 'nav.dossiers.myWork' },
      { path: '/dossiers/overdue', label: 'nav.dossiers.overdue', roles: TRACK_ROLES },
    ],
  },
  { path: '/meetings', label: 'nav.meetings', built: false },
  { path: '/archive', label: 'nav.archive', built: false },
  {
    path: '/reports',
    label: 'nav.reports',
    built: true,
    links: [{ path: '/reports/on-time', label: 'nav.reports.onTime', roles: REPORT_ROLES }],
  },
  // Only the working-day calendar is built under Quản trị: other users still see the area as "Sắp có".
  {
    path: '/admin',
    label: 'nav.admin',
    built: false,
    links: [{ path: '/admin/calendar', label: 'nav.admin.calendar', roles: CALENDAR_ROLES }],
  },
];

/** Where a user lands: leaders on their queue, clerks on the register form, everyone else on the register list. */
export function homePathFor(roles: readonly PortalRole[]): string {
  if (roles.includes('lanh-dao')) return '/incoming/awaiting-direction';
  if (roles.includes('van-thu')) return '/incoming/register';
  return '/incoming';
}
