import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ocrEnv } from './env.js';

const schema = z.object(ocrEnv);

describe('ocrEnv', () => {
  it('defaults to auto, 120 s per step and 200 pages; empty values count as unset', () => {
    expect(schema.parse({ OCR_ENGINE: '', OCR_TIMEOUT_MS: '' })).toEqual({
      OCR_ENGINE: 'auto',
      OCR_TIMEOUT_MS: 120_000,
      OCR_MAX_PAGES: 200,
      OCR_TESSDATA_DIR: undefined,
    });
  });

  it('reads numbers and a forced engine, and refuses nonsense with a bilingual message', () => {
    expect(schema.parse({ OCR_ENGINE: 'wasm', OCR_TIMEOUT_MS: '5000', OCR_MAX_PAGES: '20' })).toMatchObject({
      OCR_ENGINE: 'wasm',
      OCR_TIMEOUT_MS: 5000,
      OCR_MAX_PAGES: 20,
    });
    const parsed = schema.safeParse({ OCR_ENGINE: 'gpu', OCR_MAX_PAGES: '-1' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual(['OCR_ENGINE', 'OCR_MAX_PAGES']);
    expect(parsed.error?.issues[1]?.message).toBe(
      'OCR_MAX_PAGES phải lớn hơn 0 / OCR_MAX_PAGES must be greater than 0',
    );
  });
});
