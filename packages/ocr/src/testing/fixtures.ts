import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The folder of the committed fixtures, written by `npm run fixtures -w @lienthong/ocr` (generate-fixtures.ts). */
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * The committed fixtures: `QUYET_DINH_PAGE` as a grey 200 dpi scan with no text layer, and as a born-digital PDF,
 * with the text a perfect reader returns. They let the WebAssembly path be tested on a machine that has nothing but
 * `npm ci` (no Vietnamese font to draw new pages with).
 */
export async function loadQuyetDinhFixtures(): Promise<{ scan: Uint8Array; text: Uint8Array; expectedText: string }> {
  const [scan, text, expectedText] = await Promise.all([
    readFile(new URL('./fixtures/quyet-dinh-scan.pdf', import.meta.url)),
    readFile(new URL('./fixtures/quyet-dinh-text.pdf', import.meta.url)),
    readFile(new URL('./fixtures/quyet-dinh.txt', import.meta.url), 'utf8'),
  ]);
  return { scan: new Uint8Array(scan), text: new Uint8Array(text), expectedText };
}
