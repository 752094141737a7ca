import { z } from 'zod';
import { DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './defaults.js';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

const positiveInteger = (name: string, fallback: number) =>
  z.preprocess(
    emptyAsMissing,
    z.coerce
      .number({ error: `${name} phải là số nguyên dương / ${name} must be a positive whole number` })
      .int({ error: `${name} phải là số nguyên / ${name} must be a whole number` })
      .positive({ error: `${name} phải lớn hơn 0 / ${name} must be greater than 0` })
      .default(fallback),
  );

/**
 * Env keys of `@lienthong/ocr`, spread by a deployable into its env object: `defineEnv({ ...ocrEnv, … })`, then
 * `createOcrEngine({ engine: env.OCR_ENGINE, timeoutMs: env.OCR_TIMEOUT_MS, maxPages: env.OCR_MAX_PAGES,
 * tessdataDir: env.OCR_TESSDATA_DIR })`. Unset (or empty) keys take the defaults.
 */
export const ocrEnv = {
  OCR_ENGINE: z
    .preprocess(emptyAsMissing, z.enum(['auto', 'native', 'wasm']).default('auto'))
    .describe('auto: Debian tesseract + poppler when installed, else tesseract.js; native or wasm to force one'),
  OCR_TIMEOUT_MS: positiveInteger('OCR_TIMEOUT_MS', DEFAULT_TIMEOUT_MS).describe(
    'Longest one OCR step may take (one program run, one page), in ms (default 120000)',
  ),
  OCR_MAX_PAGES: positiveInteger('OCR_MAX_PAGES', DEFAULT_MAX_PAGES).describe(
    'Longer PDFs are refused with OCR_TOO_MANY_PAGES (default 200)',
  ),
  OCR_TESSDATA_DIR: z
    .preprocess(emptyAsMissing, z.string().min(1).optional())
    .describe("Folder of tesseract's vie.traineddata when not the system one (native engine only)"),
};
