#!/usr/bin/env node
// `npm test`: unit tests, then integration tests, then the browser test, of every project; then one summary line counted from the vitest
// JSON reports of this run. Integration suites use PGlite, or PostgreSQL when DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const subfolders = (folder) =>
  existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(folder, e.name)) : [];
/** The project folders of the npm workspaces (apps/*\/*, apps/platform, libs/*, packages/*, tools/*). */
const projectFolders = () => [
  ...subfolders(join(root, 'apps')).flatMap((app) => [app, ...subfolders(app)]),
  ...['libs', 'packages', 'tools'].flatMap((group) => subfolders(join(root, group))),
];
const reports = () =>
  projectFolders()
    .map((folder) => join(folder, 'test-results'))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => join(folder, name)));

for (const report of reports()) rmSync(report);

const stages = [
  ['unit tests', ['nx', 'run-many', '-t', 'test', '--parallel=2', '--outputStyle=stream']],
  ['integration tests', ['nx', 'run-many', '-t', 'test-int', '--parallel=1', '--outputStyle=stream']],
  // The browser test builds the portal and starts the host on port 8080 itself.
  ['end-to-end test', ['nx', 'run-many', '-t', 'e2e', '--parallel=1', '--outputStyle=stream']],
];
let failed = false;
for (const [label, args] of stages) {
  process.stdout.write(`\n--- ${label} ---\n`);
  const run = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) {
    failed = true;
    process.stdout.write(`\n${label} failed (exit ${run.status ?? run.signal})\n`);
    break;
  }
}

let passed = 0;
let failures = 0;
let skipped = 0;
// A file whose set-up (beforeAll) failed reports its tests as skipped, not failed: count such files separately, so
// the summary never says "0 failed" for a run that failed.
let failedFiles = 0;
for (const report of reports()) {
  const data = JSON.parse(readFileSync(report, 'utf8'));
  passed += data.numPassedTests ?? 0;
  failures += data.numFailedTests ?? 0;
  skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  failedFiles += (data.testResults ?? []).filter((file) => file.status === 'failed').length;
}
process.stdout.write(
  `\nTests: ${passed} passed, ${failures} failed, ${skipped} skipped` +
    (failedFiles > 0 ? ` (${failedFiles} test files failed)` : '') +
    '\n',
);
process.exit(failed || failures > 0 || failedFiles > 0 ? 1 : 0);
