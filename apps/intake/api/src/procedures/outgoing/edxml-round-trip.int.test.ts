import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

// The province (edXML organ id 000.00.00.H56 in the seed) issues a decision to a commune outside its own system; the
// commune's clerk imports the package.
const PROVINCE = 'th-ubnd-tinh';
const drafter = aPrincipal({ username: 'chuyenvien.tinh', roles: ['chuyen-vien'], orgId: PROVINCE });
const leader = aPrincipal({ username: 'lanhdao.tinh', roles: ['lanh-dao'], orgId: PROVINCE });
const clerk = aPrincipal({ username: 'vanthu.tinh', roles: ['van-thu'], orgId: PROVINCE });
const communeClerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'], orgId: 'th-ubnd-xa-hoang-hoa' });

// Every byte value, so that any re-encoding on the way would show.
const decision = Uint8Array.from([
  ...new TextEncoder().encode('%PDF-1.7\n'),
  ...Array.from({ length: 4096 }, (_, i) => i % 256),
]);

describe(`outgoing → edXML → incoming on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('yields the same metadata and byte-identical files in the receiving organisation', async () => {
    const file = await h.upload(drafter, decision, 'application/pdf', 'Quyết định phê duyệt kế hoạch.pdf');
    const draft = await h.callerFor(drafter).outgoing.create({
      kindCode: 'quyet-dinh',
      issuerCode: 'UBND',
      subject: 'Quyết định phê duyệt kế hoạch chuyển đổi số năm 2026',
      urgency: 'khan',
      recipients: [{ type: 'external', name: 'UBND xã Hoằng Hóa', organId: '000.00.21.H56' }],
      uploadId: file.id,
    });
    await h.callerFor(drafter).outgoing.submit({ documentId: draft.id });
    await h.callerFor(leader).outgoing.approve({ documentId: draft.id });
    await h.callerFor(leader).outgoing.sign({ documentId: draft.id });
    const issued = await h.callerFor(clerk).outgoing.issue({ documentId: draft.id });
    expect(issued.numberSymbol).toBe('01/QĐ-UBND');

    const { xml } = await h
      .callerFor(clerk)
      .outgoing.exportEdxml({ documentId: draft.id, promulgationPlace: 'Thanh Hóa' });
    const received = await h.callerFor(communeClerk).incoming.importEdxml({ xml });
    expect(received).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      numberSymbol: '01/QĐ-UBND',
      documentDate: '2025-09-15',
      subject: 'Quyết định phê duyệt kế hoạch chuyển đổi số năm 2026',
      kindCode: 'quyet-dinh',
      urgency: 'khan',
      orgId: 'th-ubnd-xa-hoang-hoa',
    });
    expect(received.files).toEqual([
      expect.objectContaining({
        fileName: 'Quyết định phê duyệt kế hoạch.pdf',
        sha256: file.sha256,
        size: decision.length,
      }),
    ]);
    const bytes = await h.files.get(file.sha256);
    expect(bytes.ok && Buffer.from(bytes.value).equals(Buffer.from(decision))).toBe(true);
  });

  it('refuses to export a confidential document or one of a unit without an organ id', async () => {
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
      );
    const communeDrafter = aPrincipal({
      username: 'chuyenvien.hoanghoa',
      roles: ['chuyen-vien'],
      orgId: 'th-ubnd-xa-hoang-hoa',
    });
    const communeLeader = aPrincipal({
      username: 'lanhdao.hoanghoa',
      roles: ['lanh-dao'],
      orgId: 'th-ubnd-xa-hoang-hoa',
    });
    const file = await h.upload(communeDrafter, decision, 'application/pdf', 'bc.pdf');
    const draft = await h.callerFor(communeDrafter).outgoing.create({
      kindCode: 'bao-cao',
      issuerCode: 'UBND',
      subject: 'Báo cáo kết quả',
      recipients: [{ type: 'external', name: 'Sở Nội vụ', organId: '000.00.05.H56' }],
      uploadId: file.id,
    });
    await h.callerFor(communeDrafter).outgoing.submit({ documentId: draft.id });
    await h.callerFor(communeLeader).outgoing.approve({ documentId: draft.id });
    await h.callerFor(communeLeader).outgoing.sign({ documentId: draft.id });
    await h.callerFor(communeClerk).outgoing.issue({ documentId: draft.id });
    expect(
      await codeOf(
        h.callerFor(communeClerk).outgoing.exportEdxml({ documentId: draft.id, promulgationPlace: 'Hoằng Hóa' }),
      ),
    ).toBe('EDXML_ORGAN_ID_MISSING');
  });
});
