import { execFile } from 'node:child_process';

/** How a child process ended: its output, or why there is none. */
export type ProcessOutcome =
  | { ok: true; stdout: Buffer; stderr: string }
  | { ok: false; reason: 'missing' | 'timeout' | 'cancelled' | 'failed'; message: string };

export type RunOptions = {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
};

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * Runs `file` with `args` (no shell, so no argument is ever interpreted) and collects its output. Never rejects:
 * a missing program, a non-zero exit, a time-out or a cancellation is an outcome. The child is killed with SIGKILL on
 * time-out or cancellation, so nothing it started outlives the call.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<ProcessOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  return new Promise((resolve) => {
    try {
      execFile(
        file,
        args,
        {
          encoding: 'buffer',
          signal,
          killSignal: 'SIGKILL',
          maxBuffer: MAX_OUTPUT_BYTES,
          windowsHide: true,
          ...(options.env ? { env: options.env } : {}),
          ...(options.cwd ? { cwd: options.cwd } : {}),
        },
        (error, stdout, stderr) => {
          if (!error) {
            resolve({ ok: true, stdout, stderr: stderr.toString('utf8') });
            return;
          }
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') resolve({ ok: false, reason: 'missing', message: `${file} is not installed` });
          else if (error.name === 'AbortError' || signal.aborted)
            resolve({
              ok: false,
              reason: timeout.aborted && !options.signal?.aborted ? 'timeout' : 'cancelled',
              message: `${file} was stopped`,
            });
          else {
            const detail = stderr.toString('utf8').trim().split('\n').slice(-3).join(' ').slice(0, 500);
            resolve({ ok: false, reason: 'failed', message: `${file} failed: ${detail || error.message}` });
          }
        },
      );
    } catch (error) {
      resolve({ ok: false, reason: 'failed', message: `${file} could not start: ${(error as Error).message}` });
    }
  });
}
