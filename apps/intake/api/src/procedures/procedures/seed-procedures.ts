import type { Principal } from '@lienthong/auth';
import { and, eq } from 'drizzle-orm';
import { createContextFactory, type IntakeDeps } from '../../context.js';
import { procedureVersions } from '../../db/schema.js';
import { intakeRouter } from '../../router.js';
import { createCallerFactory } from '../../trpc.js';

/** The host's own administrator for loading demo data: never a token, only server-side calls. */
const SEEDER: Principal = {
  kind: 'service',
  subject: 'lienthong-seed',
  username: 'seed',
  name: 'Dữ liệu mẫu',
  roles: ['quan-tri'],
  orgId: null,
  clientId: null,
};

/**
 * Loads demo procedures into the catalogues of `orgIds` through the same procedures an administrator uses (import,
 * then make effective), so they are validated like any file. A unit that already has a procedure's code is left as it
 * is. Returns how many versions were added.
 */
export async function seedProcedures(
  deps: IntakeDeps,
  orgIds: readonly string[],
  definitions: readonly Record<string, unknown>[],
): Promise<number> {
  const caller = createCallerFactory(intakeRouter)(createContextFactory(deps).forPrincipal(SEEDER));
  let added = 0;
  for (const orgId of orgIds) {
    for (const definition of definitions) {
      const code = String(definition['code']);
      const [existing] = await deps.database.db
        .select({ id: procedureVersions.id })
        .from(procedureVersions)
        .where(and(eq(procedureVersions.orgId, orgId), eq(procedureVersions.code, code)))
        .limit(1);
      if (existing) continue;
      const imported = await caller.procedures.import({ orgId, json: JSON.stringify(definition) });
      await caller.procedures.makeEffective({ orgId, code: imported.code, version: imported.version });
      added += 1;
    }
  }
  return added;
}
