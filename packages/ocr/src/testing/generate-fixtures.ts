// Writes the committed fixtures of this package from QUYET_DINH_PAGE: a scanned-like PDF (grey, 200 dpi, no text
// layer), a born-digital PDF with the same text, and the expected text. Needs DejaVu Sans (fonts-dejavu-core).
// Run: npm run fixtures -w @lienthong/ocr
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES_DIR } from './fixtures.js';
import { QUYET_DINH_PAGE } from './official-texts.js';
import { buildScannedPdf, buildTextPdf } from './scanned-pdf.js';

const scan = await buildScannedPdf([QUYET_DINH_PAGE], { seed: 2026 });
const text = await buildTextPdf([QUYET_DINH_PAGE]);
if (scan.expectedText !== text.expectedText) throw new Error('The scan and the text PDF lay the page out differently');
await mkdir(FIXTURES_DIR, { recursive: true });
await writeFile(join(FIXTURES_DIR, 'quyet-dinh-scan.pdf'), scan.pdf);
await writeFile(join(FIXTURES_DIR, 'quyet-dinh-text.pdf'), text.pdf);
await writeFile(join(FIXTURES_DIR, 'quyet-dinh.txt'), `${scan.expectedText}\n`);
console.log(`fixtures written to ${FIXTURES_DIR}: scan ${scan.pdf.length} B, text ${text.pdf.length} B`);
