import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDocuments, ocrJobs } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const clerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'], orgId: 'th-ubnd-xa-hoang-hoa' });
const scan = new TextEncoder().encode('%PDF-1.4\n% bản quét\n%%EOF\n');
const fields = {
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '45/UBND-VP',
  documentDate: '2025-09-12',
  subject: 'V/v triển khai kế hoạch chuyển đổi số năm 2026',
};

describe(`incoming.register with a scan on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const codeOf = async (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
    );

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('attaches the uploaded scan, queues its OCR and records the registration in the history', async () => {
    const upload = await h.upload(clerk, scan, 'application/pdf', 'Công văn 45.pdf');
    const registered = await h.callerFor(clerk).incoming.register({ ...fields, urgency: 'khan', fileIds: [upload.id] });
    const detail = await h.callerFor(clerk).incoming.get({ id: registered.id });
    expect(detail).toMatchObject({ status: 'registered', urgency: 'khan', ocrText: null });
    expect(detail.files).toEqual([
      expect.objectContaining({
        sha256: upload.sha256,
        fileName: 'Công văn 45.pdf',
        ocr: expect.objectContaining({ state: 'queued', progress: 0 }),
      }),
    ]);
    expect(detail.history).toEqual([
      expect.objectContaining({
        action: 'register',
        actor: clerk.username,
        fromStatus: 'received',
        toStatus: 'registered',
      }),
    ]);
  });

  it("refuses another unit's upload and a confidential document with a scan, using no number", async () => {
    const before = (await h.database.db.select({ n: count() }).from(incomingDocuments))[0]?.n;
    const jobs = (await h.database.db.select({ n: count() }).from(ocrJobs))[0]?.n;
    const otherClerk = aPrincipal({ username: 'vanthu.hoangtien', roles: ['van-thu'], orgId: 'th-ubnd-xa-hoang-tien' });
    const theirs = await h.upload(otherClerk, scan, 'application/pdf', 'x.pdf');
    expect(await codeOf(h.callerFor(clerk).incoming.register({ ...fields, fileIds: [theirs.id] }))).toBe(
      'UPLOAD_NOT_FOUND',
    );
    const mine = await h.upload(clerk, scan, 'application/pdf', 'mat.pdf');
    expect(await codeOf(h.callerFor(clerk).incoming.register({ ...fields, secrecy: 'mat', fileIds: [mine.id] }))).toBe(
      'CONFIDENTIAL_CONTENT_NOT_ALLOWED',
    );
    expect((await h.database.db.select({ n: count() }).from(incomingDocuments))[0]?.n).toBe(before);
    expect((await h.database.db.select({ n: count() }).from(ocrJobs))[0]?.n).toBe(jobs);
    // The next registration still gets the next number: nothing was used by the refusals.
    const next = await h.callerFor(clerk).incoming.register(fields);
    expect(next.incomingNumber).toBe(2);
  });

  it('flags an urgent document registered more than 30 minutes after it arrived, and an ordinary one after the next working day', async () => {
    // Now is Monday 15 September 2025, 09:00 in Vietnam.
    const urgent = await h.callerFor(clerk).incoming.register({
      ...fields,
      numberSymbol: '46/UBND-VP',
      urgency: 'hoa-toc',
      arrivedAt: new Date('2025-09-15T01:00:00Z'),
    });
    expect(urgent).toMatchObject({ registeredLate: true, arrivedAt: new Date('2025-09-15T01:00:00Z') });
    // Arrived on Friday afternoon: the next working day is Monday, so registering now is on time.
    const ordinary = await h.callerFor(clerk).incoming.register({
      ...fields,
      numberSymbol: '47/UBND-VP',
      arrivedAt: new Date('2025-09-12T09:00:00Z'),
    });
    expect(ordinary.registeredLate).toBe(false);
    // Arrived on Wednesday 10 September: Thursday was the last day.
    const late = await h.callerFor(clerk).incoming.register({
      ...fields,
      numberSymbol: '48/UBND-VP',
      arrivedAt: new Date('2025-09-10T03:00:00Z'),
    });
    expect(late.registeredLate).toBe(true);
    expect(
      await codeOf(h.callerFor(clerk).incoming.register({ ...fields, arrivedAt: new Date('2025-09-15T03:00:00Z') })),
    ).toBe('REGISTERED_BEFORE_RECEIVED');
  });

  it('filters by urgency, kind and received day, and searches without accents', async () => {
    const found = await h.callerFor(clerk).incoming.find({
      query: 'chuyen doi so 45 ubnd',
      urgency: 'khan',
      kindCode: 'cong-van',
      receivedFrom: '2025-09-15',
      receivedTo: '2025-09-15',
    });
    expect(found.items.map((item) => item.numberSymbol)).toEqual(['45/UBND-VP']);
    expect((await h.callerFor(clerk).incoming.find({ urgency: 'thuong-khan' })).items).toEqual([]);
    expect((await h.callerFor(clerk).incoming.find({ receivedFrom: '2025-09-16' })).items).toEqual([]);
  });
});
