// OCR accuracy and speed on generated Vietnamese pages. BENCH_OCR_PAGES pages (default 16) are drawn from four
// official documents (quyết định, công văn, thông báo, kế hoạch) in four scan conditions, each stored as a one-page PDF
// with no text layer; every engine available here reads every page. Printed per engine and condition: characters right
// / total (1 − Levenshtein distance / length, NFC, white space folded: @lienthong/ocr's compareCharacters), the worst
// page's accuracy, and seconds per page (the whole readPdf: text-layer check, rendering or image extraction,
// recognition). One warm-up read per engine is not counted (the wasm engine starts its helper process then). Needs
// DejaVu Sans (fonts-dejavu-core) to draw pages; without it only the committed fixture page is measured. Nothing is
// asserted.
import { compareCharacters, createOcrEngine, type OcrEngineKind } from '@lienthong/ocr';
import {
  buildScannedPdf,
  findVietnameseFont,
  loadQuyetDinhFixtures,
  OFFICIAL_PAGES,
  type ScanOptions,
} from '@lienthong/ocr/testing';

const PAGES = positiveInteger('BENCH_OCR_PAGES', 16);

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

/** Scan conditions, from a good office scanner to a poor copy. */
const CONDITIONS: { name: string; options: ScanOptions }[] = [
  { name: 'grey 300 dpi', options: { dpi: 300, image: 'grey' } },
  { name: 'grey 200 dpi', options: { dpi: 200, image: 'grey' } },
  { name: 'black-and-white 200 dpi', options: { dpi: 200, image: 'bilevel', skewDegrees: 0.6 } },
  {
    name: 'poor: grey 150 dpi, faded, 1° skew, dusty',
    options: { dpi: 150, image: 'grey', ink: 90, paper: 232, skewDegrees: 1, specksPerMegapixel: 1500 },
  },
];

type Sample = { condition: string; pdf: Uint8Array; expected: string };

async function samples(): Promise<Sample[]> {
  const font = await findVietnameseFont();
  if (!font) {
    console.log('DejaVu Sans is not installed (fonts-dejavu-core): measuring the committed fixture page only');
    const fixture = await loadQuyetDinhFixtures();
    return [{ condition: 'committed fixture (grey 200 dpi)', pdf: fixture.scan, expected: fixture.expectedText }];
  }
  const built: Sample[] = [];
  for (let i = 0; i < PAGES; i += 1) {
    const page = OFFICIAL_PAGES[i % OFFICIAL_PAGES.length];
    const condition = CONDITIONS[Math.floor(i / OFFICIAL_PAGES.length) % CONDITIONS.length];
    if (!page || !condition) continue;
    const generated = await buildScannedPdf([page], { ...condition.options, font, seed: 100 + i });
    built.push({ condition: condition.name, pdf: generated.pdf, expected: generated.expectedText });
  }
  return built;
}

type Tally = { pages: number; right: number; total: number; seconds: number; worst: number };
const emptyTally = (): Tally => ({ pages: 0, right: 0, total: 0, seconds: 0, worst: 1 });

const pages = await samples();
const kinds: OcrEngineKind[] = (await createOcrEngine().resolve()) === 'native' ? ['native', 'wasm'] : ['wasm'];
if (kinds.length === 1) console.log('native tesseract + poppler not found: measuring the wasm engine only');
console.log(`ocr-accuracy: ${pages.length} generated one-page scans, engines: ${kinds.join(', ')}`);

const rows: string[][] = [
  ['engine', 'condition', 'pages', 'characters right / total', 'accuracy', 'worst page', 's/page'],
];
for (const kind of kinds) {
  const engine = createOcrEngine({ engine: kind });
  try {
    const warmUp = await engine.readPdf((pages[0] as Sample).pdf);
    if (!warmUp.ok) throw warmUp.error;
    const byCondition = new Map<string, Tally>();
    const overall = emptyTally();
    for (const sample of pages) {
      const started = performance.now();
      const result = await engine.readPdf(sample.pdf);
      const seconds = (performance.now() - started) / 1000;
      if (!result.ok) {
        console.log(`  ${kind}: ${sample.condition}: ${result.error.code} ${result.error.message}`);
        continue;
      }
      const comparison = compareCharacters(sample.expected, result.value.text);
      const tally = byCondition.get(sample.condition) ?? emptyTally();
      for (const target of [tally, overall]) {
        target.pages += 1;
        target.right += comparison.right;
        target.total += comparison.total;
        target.seconds += seconds;
        target.worst = Math.min(target.worst, comparison.accuracy);
      }
      byCondition.set(sample.condition, tally);
    }
    const row = (condition: string, tally: Tally) => [
      kind,
      condition,
      String(tally.pages),
      `${tally.right} / ${tally.total}`,
      tally.total === 0 ? '-' : (tally.right / tally.total).toFixed(4),
      tally.pages === 0 ? '-' : tally.worst.toFixed(4),
      tally.pages === 0 ? '-' : (tally.seconds / tally.pages).toFixed(2),
    ];
    for (const [condition, tally] of byCondition) rows.push(row(condition, tally));
    rows.push(row('all', overall));
  } finally {
    await engine.close();
  }
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`);
