import { testDatabaseDriver } from '@lienthong/db/testing';
import { thanhHoaOrganization } from '@lienthong/seed';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDocuments } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const units = thanhHoaOrganization().units;
const commune = units.find((unit) => unit.level === 'commune' && unit.side === 'state' && unit.validFrom >= '2025-07-01');
const formerDistrict = units.find((unit) => unit.level === 'district' && unit.side === 'state');
if (!commune || !formerDistrict) throw new Error('The seed lacks a new commune or the former district');

const valid = {
  orgId: commune.id,
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '12/QĐ-UBND',
  documentDate: '2025-09-10',
  subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
};

describe(`incoming.register on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const stored = async () => (await h.database.db.select({ n: count() }).from(incomingDocuments))[0]?.n;

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('registers a document and returns it with its id and reception time', async () => {
    const document = await h.caller.incoming.register(valid);
    expect(document).toEqual({
      id: expect.any(String),
      orgId: commune.id,
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: valid.subject,
      receivedAt: new Date('2025-09-15T02:00:00Z'),
    });
    expect(await h.caller.incoming.get({ orgId: commune.id, id: document.id })).toEqual(document);
  });

  it('rejects a missing subject naming the field, and writes nothing', async () => {
    const before = await stored();
    const { subject: _omitted, ...withoutSubject } = valid;
    const failure = await h.caller.incoming.register(withoutSubject as typeof valid).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify((failure as { cause?: unknown }).cause)).toContain('Trích yếu nội dung là bắt buộc');
    expect(await stored()).toBe(before);
  });

  it('rejects a document dated in the future, and writes nothing', async () => {
    const before = await stored();
    await expect(h.caller.incoming.register({ ...valid, documentDate: '2025-09-16' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'DOCUMENT_DATE_IN_FUTURE', details: { today: '2025-09-15' } },
    });
    expect(await stored()).toBe(before);
  });

  it('rejects an unknown unit and a unit that no longer exists', async () => {
    await expect(h.caller.incoming.register({ ...valid, orgId: 'no-such-unit' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'UNIT_NOT_FOUND' },
    });
    // The district level was abolished on 1 July 2025.
    await expect(h.caller.incoming.register({ ...valid, orgId: formerDistrict.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'UNIT_NOT_VALID_ON' },
    });
  });
});
