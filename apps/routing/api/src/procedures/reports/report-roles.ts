import type { Role } from '@lienthong/auth';

/**
 * Who reads the dossier reports: the unit's leader and the one-stop desk (which compiles the on-time report);
 * the archivist too for the records to keep.
 */
export const REPORT_ROLES = {
  onTime: ['lanh-dao', 'van-thu'],
  isoRecords: ['lanh-dao', 'van-thu', 'luu-tru'],
} as const satisfies Record<string, readonly [Role, ...Role[]]>;
