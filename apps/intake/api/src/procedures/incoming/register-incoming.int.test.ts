import { testDatabaseDriver } from '@lienthong/db/testing';
import { documentRegistered } from '@lienthong/documents/events';
import { thanhHoaOrganization } from '@lienthong/seed';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDocuments, intakeOutbox } from '../../db/schema.js';
import { aPrincipal } from '@lienthong/auth/testing';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const units = thanhHoaOrganization().units;
const formerDistrict = units.find((unit) => unit.level === 'district' && unit.side === 'state');
if (!formerDistrict) throw new Error('The seed lacks the former district');

const valid = {
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '12/QĐ-UBND',
  documentDate: '2025-09-10',
  subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
};

describe(`incoming.register on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const stored = async () => ({
    documents: (await h.database.db.select({ n: count() }).from(incomingDocuments))[0]?.n,
    events: (await h.database.db.select({ n: count() }).from(intakeOutbox))[0]?.n,
  });

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it("registers a document for the clerk's unit and writes its event in the same transaction", async () => {
    const { duplicates, ...document } = await h.caller.incoming.register(valid);
    expect(duplicates).toEqual([]);
    expect(document).toEqual({
      id: expect.any(String),
      orgId: 'th-ubnd-xa-hoang-hoa',
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: valid.subject,
      kindCode: 'quyet-dinh',
      urgency: 'thuong',
      secrecy: 'thuong',
      receivedAt: new Date('2025-09-15T02:00:00Z'),
      incomingNumber: 1,
      registerScope: '2025',
      status: 'registered',
      arrivedAt: null,
      registeredLate: false,
    });
    expect(await h.caller.incoming.get({ id: document.id })).toEqual({
      ...document,
      files: [],
      ocrText: null,
      history: [expect.objectContaining({ action: 'register', toStatus: 'registered' })],
    });
    const [event] = await h.database.db.select().from(intakeOutbox);
    expect(event).toMatchObject({
      topic: 'documents',
      key: document.id,
      type: documentRegistered.type,
      publishedAt: null,
    });
    expect(event?.envelope).toMatchObject({
      specversion: '1.0',
      source: '/lienthong/intake',
      tenant: 'th-ubnd-xa-hoang-hoa',
      subject: document.id,
      data: { documentId: document.id, orgId: 'th-ubnd-xa-hoang-hoa', registeredBy: 'vanthu.hoanghoa' },
    });
  });

  it('stores the symbol in canonical form and warns about an earlier document with the same issuer and symbol', async () => {
    const again = await h.caller.incoming.register({
      ...valid,
      numberSymbol: 'so 12/qd-ubnd',
      issuer: 'UBND tỉnh Thanh Hoá',
    });
    expect(again.numberSymbol).toBe('12/QĐ-UBND');
    expect(again.duplicates).toEqual([
      {
        id: expect.any(String),
        incomingNumber: 1,
        receivedAt: expect.any(Date),
        reasons: ['same-number-symbol-issuer'],
      },
    ]);
  });

  it('rejects a malformed number and symbol, using no number', async () => {
    const before = await stored();
    await expect(h.caller.incoming.register({ ...valid, numberSymbol: 'QĐ-UBND' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: expect.stringMatching(/^SYMBOL_/) },
    });
    expect(await stored()).toEqual(before);
  });

  it('rejects a missing subject naming the field, and writes nothing', async () => {
    const before = await stored();
    const { subject: _omitted, ...withoutSubject } = valid;
    const failure = await h.caller.incoming.register(withoutSubject as typeof valid).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify((failure as { cause?: unknown }).cause)).toContain('Trích yếu nội dung là bắt buộc');
    expect(await stored()).toEqual(before);
  });

  it('rejects a document dated in the future, and writes nothing', async () => {
    const before = await stored();
    await expect(h.caller.incoming.register({ ...valid, documentDate: '2025-09-16' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'DOCUMENT_DATE_IN_FUTURE', details: { today: '2025-09-15' } },
    });
    expect(await stored()).toEqual(before);
  });

  it('requires a signed-in clerk of a unit that exists today', async () => {
    const before = await stored();
    await expect(h.callerFor(null).incoming.register(valid)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      cause: { code: 'TOKEN_MISSING' },
    });
    await expect(
      h.callerFor(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] })).incoming.register(valid),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { code: 'ROLE_REQUIRED' } });
    await expect(h.callerFor(aPrincipal({ orgId: null })).incoming.register(valid)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ORG_REQUIRED' },
    });
    await expect(h.callerFor(aPrincipal({ orgId: 'no-such-unit' })).incoming.register(valid)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'UNIT_NOT_FOUND' },
    });
    // The district level was abolished on 1 July 2025: its clerk cannot register any more.
    await expect(h.callerFor(aPrincipal({ orgId: formerDistrict.id })).incoming.register(valid)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'UNIT_NOT_VALID_ON' },
    });
    expect(await stored()).toEqual(before);
  });
});
