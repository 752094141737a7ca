#!/usr/bin/env node
// `npm start`: build what the all-in-one host serves (the portal; Nx skips it when nothing changed), then run the
// host from sources. Settings come from the environment (see apps/platform/src/env.ts and the README).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...process.env };

const build = spawnSync('npx', ['nx', 'run', '@lienthong/portal-web:build', '--outputStyle=static'], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) {
  process.stderr.write('\nKhông build được cổng thông tin / the portal did not build\n');
  process.exit(build.status ?? 1);
}

const host = spawn(process.execPath, ['--conditions=@lienthong/source', '--import', 'tsx', 'apps/platform/src/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
