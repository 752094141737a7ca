// Migration sets of two pretend services for the integration tests. `other` is hand-written and dated before
// `fixture` on purpose: if both shared one journal, drizzle would skip it as already applied.
import { fileURLToPath } from 'node:url';
import type { MigrationSet } from '../src/migrate.js';

export const FIXTURE_SET: MigrationSet = {
  schemaName: 'fixture',
  migrationsFolder: fileURLToPath(new URL('./fixture-migrations', import.meta.url)),
};

export const OTHER_SET: MigrationSet = {
  schemaName: 'fixture_other',
  migrationsFolder: fileURLToPath(new URL('./other-migrations', import.meta.url)),
};
