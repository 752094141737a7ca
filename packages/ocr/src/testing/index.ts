// Builders of Vietnamese test PDFs, for this package's tests, the OCR benchmark and tests of callers.
export {
  CONG_VAN_PAGE,
  KE_HOACH_PAGE,
  OFFICIAL_PAGES,
  QUYET_DINH_KEY_PHRASES,
  QUYET_DINH_PAGE,
  THONG_BAO_PAGE,
  type PageSpec,
  type Paragraph,
} from './official-texts.js';
export {
  buildPdfFromImages,
  buildScannedPdf,
  buildTextPdf,
  DEJAVU_SANS_PATH,
  findVietnameseFont,
  renderPage,
  type GeneratedPdf,
  type PageImageFormat,
  type PageOptions,
  type ScanOptions,
} from './scanned-pdf.js';
export { scanWithPoppler } from './poppler-scan.js';
export { FIXTURES_DIR, loadQuyetDinhFixtures } from './fixtures.js';
export { requiresInfra } from './infra.js';
