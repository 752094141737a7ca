import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Why a WebAssembly step gave no text. `step` tells whether the engine was starting or reading. */
export type WasmFailure = {
  ok: false;
  reason: 'timeout' | 'cancelled' | 'failed';
  step: 'start' | 'read';
  message: string;
};

export type WasmReader = {
  /** Reads the Vietnamese text of one PNG or JPEG image. Calls run one at a time in one helper process. */
  recognize(
    image: Uint8Array,
    options: { timeoutMs: number; signal?: AbortSignal | undefined; onProgress?: (fraction: number) => void },
  ): Promise<{ ok: true; text: string } | WasmFailure>;
  /** Stops the helper process; a later `recognize` starts a new one. */
  close(): Promise<void>;
};

/** Messages of the helper process. */
type HostMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'progress'; id: number; progress: number }
  | { type: 'result'; id: number; text: string }
  | { type: 'error'; id: number; message: string };

type Host = { child: ChildProcess; stderr: string[]; messages: EventTarget; exited: boolean };
type Wait<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'cancelled' | 'failed'; message: string };

const require = createRequire(import.meta.url);

/**
 * The folder of `@tesseract.js-data/vie` holding `vie.traineddata.gz` (the "best_int" LSTM model, 1.4 MB), resolved
 * from this package's own dependencies. tesseract.js is always given it: without a language path it fetches from a
 * CDN, and offline its start never settles.
 */
export function vietnameseLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/**
 * The helper process: tesseract.js with the given model, answering recognize requests over IPC. It is a separate
 * process, not a worker thread in ours, because tesseract.js 7 can throw from its own message listener (a model that
 * fails to initialise makes it resolve a job it already rejected: "Cannot read properties of undefined (reading
 * 'resolve')"), which in our process would be an uncaught exception; there it only ends the helper. It also lets a
 * time-out end a busy WebAssembly reader for certain (SIGKILL) and gives its memory back.
 */
const HOST_SOURCE = `
const [tesseractUrl, langPath] = process.argv.slice(1);
const send = (message) => { try { process.send(message); } catch {} };
process.on('uncaughtException', (error) => { send({ type: 'failed', message: String(error && error.message || error) }); process.exit(70); });
process.on('unhandledRejection', (error) => { send({ type: 'failed', message: String(error && error.message || error) }); process.exit(70); });
process.on('disconnect', () => process.exit(0));
const tesseract = (await import(tesseractUrl)).default;
let current = 0;
const worker = await tesseract.createWorker('vie', tesseract.OEM.LSTM_ONLY, {
  langPath, gzip: true, cacheMethod: 'none',
  logger: (m) => { if (m.status === 'recognizing text' && current) send({ type: 'progress', id: current, progress: m.progress }); },
  errorHandler: () => {},
}).catch((error) => { send({ type: 'failed', message: String(error && error.message || error) }); process.exit(70); });
process.on('message', async (message) => {
  if (!message || message.type !== 'recognize') return;
  current = message.id;
  try {
    const result = await worker.recognize(Buffer.from(message.image));
    send({ type: 'result', id: message.id, text: result.data.text });
  } catch (error) {
    send({ type: 'error', id: message.id, message: String(error && error.message || error) });
  } finally {
    current = 0;
  }
});
send({ type: 'ready' });
`;

/** Waits until `settle` calls back, but no longer than `timeoutMs`, than `signal`, or than the helper lives. */
function waitFor<T>(
  host: Host,
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
  settle: (message: HostMessage, done: (outcome: Wait<T>) => void) => void,
): Promise<Wait<T>> {
  return new Promise((resolve) => {
    let finished = false;
    const done = (outcome: Wait<T>) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      host.messages.removeEventListener('message', onMessage);
      host.child.off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onMessage = (event: Event) => settle((event as CustomEvent<HostMessage>).detail, done);
    const onExit = () => {
      const said = host.stderr.join('').trim().split('\n').slice(-3).join(' ').slice(0, 400);
      done({ ok: false, reason: 'failed', message: `the tesseract.js process ended${said ? `: ${said}` : ''}` });
    };
    const onAbort = () => done({ ok: false, reason: 'cancelled', message: 'cancelled' });
    const timer = setTimeout(() => done({ ok: false, reason: 'timeout', message: 'timed out' }), options.timeoutMs);
    host.messages.addEventListener('message', onMessage);
    host.child.once('exit', onExit);
    if (host.exited) onExit();
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * tesseract.js 7 with the Vietnamese model from npm (`langPath`, `gzip: true`, `cacheMethod: 'none'`: nothing is
 * fetched and nothing is written), in one helper Node process started on first use. Every wait is bounded: a start or
 * a read that times out, is cancelled, or whose process dies kills the helper, and the next call starts a fresh one.
 */
export function createWasmReader(options: { langPath?: string } = {}): WasmReader {
  const langPath = options.langPath ?? vietnameseLangPath();
  const tesseractUrl = pathToFileURL(require.resolve('tesseract.js')).href;
  let host: Host | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  const stop = (current: Host | undefined) => {
    if (!current) return;
    if (host === current) host = undefined;
    if (!current.exited) current.child.kill('SIGKILL');
  };

  async function start(timeoutMs: number, signal: AbortSignal | undefined): Promise<Host | WasmFailure> {
    const child = spawn(process.execPath, ['--input-type=module', '-e', HOST_SOURCE, tesseractUrl, langPath], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const started: Host = { child, stderr: [], messages: new EventTarget(), exited: false };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      started.stderr.push(chunk);
      if (started.stderr.length > 50) started.stderr.shift();
    });
    child.on('message', (message: HostMessage) =>
      started.messages.dispatchEvent(new CustomEvent('message', { detail: message })),
    );
    child.once('exit', () => {
      started.exited = true;
    });
    // A spawn error (no executable) arrives as 'error', followed by 'exit' or nothing: treat it as an exit.
    child.once('error', () => {
      started.exited = true;
      child.emit('exit', null, null);
    });
    const ready = await waitFor<void>(started, { timeoutMs, signal }, (message, done) => {
      if (message.type === 'ready') done({ ok: true, value: undefined });
      if (message.type === 'failed') done({ ok: false, reason: 'failed', message: message.message });
    });
    if (ready.ok) return started;
    stop(started);
    return { ...ready, step: 'start', message: `tesseract.js did not start: ${ready.message}` };
  }

  async function recognizeNow(
    image: Uint8Array,
    call: Parameters<WasmReader['recognize']>[1],
  ): Promise<{ ok: true; text: string } | WasmFailure> {
    if (!host) {
      const started = await start(call.timeoutMs, call.signal);
      if ('ok' in started) return started;
      host = started;
    }
    const current = host;
    const id = nextId;
    nextId += 1;
    // A send to a helper that just died fails in the callback; its 'exit' then ends the wait below.
    current.child.send({ type: 'recognize', id, image }, () => undefined);
    const outcome = await waitFor<string>(current, call, (message, done) => {
      if (message.type === 'failed') done({ ok: false, reason: 'failed', message: message.message });
      if (!('id' in message) || message.id !== id) return;
      if (message.type === 'progress') {
        try {
          call.onProgress?.(message.progress);
        } catch {
          // Progress is advisory; a failing callback must not end the read.
        }
      } else if (message.type === 'result') done({ ok: true, value: message.text });
      else if (message.type === 'error') done({ ok: false, reason: 'failed', message: message.message });
    });
    if (outcome.ok) return { ok: true, text: outcome.value };
    // The reader's state is unknown after a failure, a time-out or a cancellation: do not reuse it.
    stop(current);
    return { ...outcome, step: 'read' };
  }

  return {
    recognize(image, call) {
      const result = queue.then(() => recognizeNow(image, call));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      const current = host;
      stop(current);
      if (current && !current.exited) await new Promise((resolve) => current.child.once('exit', resolve));
    },
  };
}
