import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export type FixtureRun = {
  child: ChildProcess;
  /** Resolves with the first stdout line that parses as JSON and has `key`. */
  waitFor(key: string): Promise<Record<string, unknown>>;
  /** Resolves when the process exits. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
};

/** Starts `src/test-fixtures/<name>` as a service starts: plain Node, ESM, TypeScript through tsx, workspace sources. */
export function spawnFixture(name: string, args: string[], env: NodeJS.ProcessEnv): FixtureRun {
  const child = spawn(
    process.execPath,
    ['--conditions=@lienthong/source', '--import', 'tsx', `src/test-fixtures/${name}`, ...args],
    { cwd: packageRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  const waiters: { key: string; resolve: (value: Record<string, unknown>) => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const waiter of [...waiters]) {
      const found = jsonLines(stdout).find((line) => waiter.key in line);
      if (found) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(found);
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return {
    child,
    exited,
    waitFor: (key) =>
      new Promise((resolve, reject) => {
        waiters.push({ key, resolve });
        void exited.then(({ code }) =>
          reject(new Error(`fixture exited (${code}) before printing "${key}":\n${stderr}`)),
        );
      }),
  };
}

/** Every stdout line that is a JSON object. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
