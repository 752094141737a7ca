import { join } from 'node:path';
import { runProcess, type ProcessOutcome } from './run-process.js';

/** Whether Debian's tesseract (with Vietnamese data) and poppler's pdftoppm and pdftotext can be run here. */
export type NativeTools = { available: true } | { available: false; reason: string };

export type NativeOptions = { tessdataDir?: string | undefined; timeoutMs: number; signal?: AbortSignal | undefined };

/**
 * The environment of tesseract: this process's own, passed through as `execFile` does by default, with OpenMP held to
 * one thread: on two cores tesseract 5.3 ran a page in 2.1 s that way and in 6.3 s with its default threads.
 */
function tesseractEnv(): NodeJS.ProcessEnv {
  // eslint-disable-next-line no-restricted-properties -- handed on to the child unread, not configuration
  return { ...process.env, OMP_THREAD_LIMIT: '1' };
}

function tessdataArgs(options: NativeOptions): string[] {
  return options.tessdataDir ? ['--tessdata-dir', options.tessdataDir] : [];
}

/** Runs `tesseract --list-langs`, `pdftoppm -v` and `pdftotext -v`; `available` only when all work and `vie` is listed. */
export async function detectNativeTools(options: NativeOptions): Promise<NativeTools> {
  const [langs, pdftoppm, pdftotext] = await Promise.all([
    runProcess('tesseract', [...tessdataArgs(options), '--list-langs'], { timeoutMs: options.timeoutMs }),
    runProcess('pdftoppm', ['-v'], { timeoutMs: options.timeoutMs }),
    runProcess('pdftotext', ['-v'], { timeoutMs: options.timeoutMs }),
  ]);
  if (!langs.ok)
    return {
      available: false,
      reason: langs.reason === 'missing' ? 'tesseract is not installed (tesseract-ocr)' : langs.message,
    };
  const listed = langs.stdout
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim());
  if (!listed.includes('vie'))
    return { available: false, reason: 'tesseract has no Vietnamese data (tesseract-ocr-vie)' };
  for (const [name, outcome] of [
    ['pdftoppm', pdftoppm],
    ['pdftotext', pdftotext],
  ] as const)
    if (!outcome.ok)
      return {
        available: false,
        reason: outcome.reason === 'missing' ? `${name} is not installed (poppler-utils)` : outcome.message,
      };
  return { available: true };
}

/** The text layer of every page (pdftotext, UTF-8); entry i is page i + 1. */
export async function extractTextLayer(
  pdfPath: string,
  options: NativeOptions,
): Promise<{ ok: true; pages: string[] } | Extract<ProcessOutcome, { ok: false }>> {
  const outcome = await runProcess('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', pdfPath, '-'], options);
  if (!outcome.ok) return outcome;
  // pdftotext ends every page with a form feed.
  return { ok: true, pages: outcome.stdout.toString('utf8').split('\f') };
}

/**
 * Renders page `page` (1-based) at `dpi` to a grey PGM in `dir` with pdftoppm; resolves to its path. PGM, not PNG:
 * pdftoppm spent 0.98 s compressing an A4 page at 300 dpi to PNG and 0.13 s writing it as PGM.
 */
export async function renderPage(
  pdfPath: string,
  page: number,
  dpi: number,
  dir: string,
  options: NativeOptions,
): Promise<{ ok: true; path: string } | Extract<ProcessOutcome, { ok: false }>> {
  const root = join(dir, `page-${page}`);
  const outcome = await runProcess(
    'pdftoppm',
    ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, root],
    options,
  );
  return outcome.ok ? { ok: true, path: `${root}.pgm` } : outcome;
}

/** Reads the Vietnamese text of an image file with tesseract (`-l vie`, automatic page segmentation). */
export async function recognizeFile(
  imagePath: string,
  options: NativeOptions,
): Promise<{ ok: true; text: string } | Extract<ProcessOutcome, { ok: false }>> {
  const outcome = await runProcess(
    'tesseract',
    [...tessdataArgs(options), imagePath, 'stdout', '-l', 'vie', '--psm', '3'],
    { ...options, env: tesseractEnv() },
  );
  return outcome.ok ? { ok: true, text: outcome.stdout.toString('utf8') } : outcome;
}
