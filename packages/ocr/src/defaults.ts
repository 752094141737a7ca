/** Longest one OCR step may take by default: one program run, the wasm engine's start, or one page's reading. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** PDFs with more pages are refused by default (`OCR_TOO_MANY_PAGES`). */
export const DEFAULT_MAX_PAGES = 200;
