import type { ListProceduresInput } from './procedure-model.js';

/** TanStack Query keys of the procedures pages, under intake's tree so that one prefix invalidates all of them. */
export const procedureKeys = {
  all: ['intake', 'procedures'] as const,
  list: (input: Omit<ListProceduresInput, 'cursor'>) => ['intake', 'procedures', 'list', input] as const,
  /** The versions in force today, for the receipt form's procedure list. */
  inForce: ['intake', 'procedures', 'list', 'inForce'] as const,
  versions: (orgId: string | null, code: string) => ['intake', 'procedures', 'versions', orgId, code] as const,
  detail: (orgId: string | null, code: string, version: string) =>
    ['intake', 'procedures', 'get', orgId, code, version] as const,
  diff: (orgId: string | null, code: string, from: string, to: string) =>
    ['intake', 'procedures', 'diff', orgId, code, from, to] as const,
  units: ['intake', 'organization', 'findUnits'] as const,
};
