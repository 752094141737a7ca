#!/usr/bin/env node
// `db-check` for a service api (run in its folder): the committed migrations are consistent (`drizzle-kit check`) and
// nothing is pending (`drizzle-kit generate` creates no new file). A file it creates is removed again, and the check fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = 'drizzle';
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=@lienthong/source`.trim() };
const listing = (folder) => (existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : []);
const drizzleKit = (...args) => spawnSync('npx', ['drizzle-kit', ...args], { env, encoding: 'utf8' });

const check = drizzleKit('check');
process.stdout.write(check.stdout ?? '');
if (check.status !== 0) {
  process.stderr.write(check.stderr ?? '');
  process.stderr.write('db-check: drizzle-kit check failed: the migration history is inconsistent\n');
  process.exit(1);
}

const journal = join(out, 'meta', '_journal.json');
const journalBefore = existsSync(journal) ? readFileSync(journal, 'utf8') : undefined;
const before = new Set(listing(out));
const generate = drizzleKit('generate', '--name', 'db_check_probe');
const added = listing(out).filter((file) => !before.has(file));
for (const file of added) rmSync(join(out, file), { force: true, recursive: true });
// generate appends to the journal when it writes a migration; put it back as it was.
if (journalBefore === undefined) rmSync(journal, { force: true });
else writeFileSync(journal, journalBefore);
if (generate.status !== 0) {
  process.stderr.write(`${generate.stdout}\n${generate.stderr}\ndb-check: drizzle-kit generate failed\n`);
  process.exit(1);
}
if (added.length > 0) {
  process.stderr.write(`db-check: the schema has changes without a migration (${added.join(', ')}). Run db-generate and commit.\n`);
  process.exit(1);
}
process.stdout.write('db-check: migrations are committed and nothing is pending\n');
