import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createOcrEngine, type OcrEngine } from '@lienthong/ocr';
import { loadQuyetDinhFixtures } from '@lienthong/ocr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../testing.js';
import type { OcrWorker } from './ocr-worker.js';

const clerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'], orgId: 'th-ubnd-xa-hoang-hoa' });
const fields = {
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '125/QĐ-UBND',
  documentDate: '2025-09-12',
  // Deliberately not the scan's words: the search below must find the document through its OCR text.
  subject: 'Văn bản số hóa chờ đọc',
};

// The engine `auto` picks: native tesseract + poppler where installed (CI installs them), else tesseract.js.
describe(`background OCR of registered scans on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  let engine: OcrEngine;
  let worker: OcrWorker;

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
    engine = createOcrEngine();
    worker = h.api.startOcrWorker(engine, { autoStart: false });
  });
  afterAll(async () => {
    await worker?.stop();
    await engine?.close();
    await h?.close();
  });

  it('reads a scan without a text layer and makes its words searchable without accents', async () => {
    const { scan } = await loadQuyetDinhFixtures();
    const upload = await h.upload(clerk, scan, 'application/pdf', 'QĐ 125 bản quét.pdf');
    const registered = await h.callerFor(clerk).incoming.register({ ...fields, fileIds: [upload.id] });
    expect((await h.callerFor(clerk).incoming.find({ query: 'phe duyet ke hoach chuyen doi so' })).items).toEqual([]);

    expect(await worker.drain()).toBe(1);

    const detail = await h.callerFor(clerk).incoming.get({ id: registered.id });
    expect(detail.files[0]?.ocr).toMatchObject({ state: 'done', progress: 1, errorCode: null });
    expect(detail.ocrText).toContain('QUYẾT ĐỊNH');
    expect(detail.history.map((entry) => entry.action)).toEqual(['register', 'ocr-done']);
    const found = await h.callerFor(clerk).incoming.find({ query: 'phe duyet ke hoach chuyen doi so' });
    expect(found.items.map((item) => item.id)).toEqual([registered.id]);
  }, 180_000);

  it('ends a job on an unreadable PDF in a clear failed state and leaves the document as it was', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const upload = await h.upload(clerk, broken, 'application/pdf', 'hỏng.pdf');
    const registered = await h
      .callerFor(clerk)
      .incoming.register({ ...fields, numberSymbol: '126/QĐ-UBND', fileIds: [upload.id] });

    expect(await worker.drain()).toBe(1);

    const detail = await h.callerFor(clerk).incoming.get({ id: registered.id });
    expect(detail.files[0]?.ocr).toMatchObject({ state: 'failed', errorCode: expect.stringMatching(/^OCR_/) });
    expect(detail.files[0]?.ocr?.errorMessage).toBeTruthy();
    expect(detail).toMatchObject({ status: 'registered', ocrText: null, numberSymbol: '126/QĐ-UBND' });
    expect(detail.history.at(-1)).toMatchObject({ action: 'ocr-failed', actor: 'ocr' });
    expect((await h.callerFor(clerk).incoming.find({ query: '126 qd ubnd' })).items.map((item) => item.id)).toEqual([
      registered.id,
    ]);
  }, 60_000);
});
