import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPdfFromImages } from './scanned-pdf.js';

const run = promisify(execFile);

/**
 * "Scans" a PDF with poppler: pdftoppm renders every page to a grey JPEG (quality 85) at `dpi`, and the JPEGs become
 * the pages of a new PDF with no text layer, stored as DCTDecode images the way most scanners write them.
 * Needs pdftoppm (poppler-utils); rejects when it is missing.
 */
export async function scanWithPoppler(pdf: Uint8Array, options: { dpi?: number } = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'lienthong-ocr-scan-'));
  try {
    await writeFile(join(dir, 'input.pdf'), pdf);
    await run(
      'pdftoppm',
      [
        '-r',
        String(options.dpi ?? 200),
        '-gray',
        '-jpeg',
        '-jpegopt',
        'quality=85',
        join(dir, 'input.pdf'),
        join(dir, 'page'),
      ],
      { timeout: 120_000 },
    );
    const names = (await readdir(dir)).filter((name) => name.endsWith('.jpg')).sort();
    const images = await Promise.all(
      names.map(async (name) => ({ bytes: new Uint8Array(await readFile(join(dir, name))), type: 'jpeg' as const })),
    );
    return await buildPdfFromImages(images);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
