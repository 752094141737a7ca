import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { buildEdxmlEnvelope, type EdxmlDocumentInput } from '@lienthong/documents';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDocuments, incomingFiles, intakeOutbox } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

// What another organisation's system sends: UBND tỉnh Thanh Hóa to xã Hoằng Hóa, a PDF and a scan.
const sent: EdxmlDocumentInput = {
  from: { organId: '000.00.00.H56', organName: 'UBND tỉnh Thanh Hóa' },
  to: [{ organId: '000.00.21.H56', organName: 'UBND xã Hoằng Hóa' }],
  codeNumber: '125',
  codeNotation: 'QĐ-UBND',
  promulgationPlace: 'Thanh Hóa',
  promulgationDate: '2025-09-12',
  documentType: { type: 1, typeName: 'Quyết định' },
  subject: 'Quyết định về việc phê duyệt kế hoạch chuyển đổi số năm 2026',
  signer: { fullName: 'Nguyễn Văn Thi', position: 'Phó Chủ tịch' },
  priority: 1,
};
const pdf = new TextEncoder().encode('%PDF-1.7\n% Quyết định 125/QĐ-UBND\n%%EOF\n');
const scan = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 256 }, (_, i) => i),
]);

describe(`incoming.importEdxml on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const counts = async () => ({
    documents: (await h.database.db.select({ n: count() }).from(incomingDocuments))[0]?.n,
    files: (await h.database.db.select({ n: count() }).from(incomingFiles))[0]?.n,
    events: (await h.database.db.select({ n: count() }).from(intakeOutbox))[0]?.n,
  });

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('registers the document with the same metadata and byte-identical files', async () => {
    const xml = buildEdxmlEnvelope(
      sent,
      [
        { name: 'QĐ 125 chuyển đổi số.pdf', contentType: 'application/pdf', bytes: pdf },
        { name: 'bản quét.png', contentType: 'image/png', bytes: scan },
      ],
      { sentAt: new Date('2025-09-12T08:00:00Z') },
    );
    if (!xml.ok) throw new Error(xml.error.messageEn);
    const imported = await h.caller.incoming.importEdxml({ xml: xml.value });
    expect(imported).toMatchObject({
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '125/QĐ-UBND',
      documentDate: '2025-09-12',
      subject: sent.subject,
      kindCode: 'quyet-dinh',
      urgency: 'khan',
      incomingNumber: 1,
      orgId: 'th-ubnd-xa-hoang-hoa',
    });
    expect(imported.files.map((file) => file.fileName)).toEqual(['QĐ 125 chuyển đổi số.pdf', 'bản quét.png']);
    const [storedPdf, storedScan] = imported.files;
    expect(await h.files.get(storedPdf?.sha256 ?? '')).toEqual({ ok: true, value: pdf });
    expect(await h.files.get(storedScan?.sha256 ?? '')).toEqual({ ok: true, value: scan });
    expect(await counts()).toEqual({ documents: 1, files: 2, events: 1 });
  });

  it('refuses a package with a DTD before reading it, storing nothing and using no number', async () => {
    const before = await counts();
    const hostile = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><edXML>&lol2;</edXML>`;
    await expect(h.caller.incoming.importEdxml({ xml: hostile })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'EDXML_DTD_FORBIDDEN' },
    });
    expect(await counts()).toEqual(before);
    const next = await h.caller.incoming.register({
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '126/QĐ-UBND',
      documentDate: '2025-09-12',
      subject: 'Quyết định tiếp theo',
    });
    expect(next.incomingNumber).toBe(2);
  });

  it('refuses a file that is not what it claims, storing nothing in the register', async () => {
    const before = await counts();
    const xml = buildEdxmlEnvelope(
      { ...sent, codeNumber: '127' },
      [{ name: 'giả.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode('not a pdf at all') }],
      { sentAt: new Date('2025-09-12T08:00:00Z') },
    );
    if (!xml.ok) throw new Error(xml.error.messageEn);
    await expect(h.caller.incoming.importEdxml({ xml: xml.value })).rejects.toMatchObject({
      cause: { code: 'STORAGE_TYPE_MISMATCH' },
    });
    expect(await counts()).toEqual(before);
  });

  it('is for clerks only', async () => {
    const leader = h.callerFor(aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }));
    await expect(leader.incoming.importEdxml({ xml: '<edXML/>' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
