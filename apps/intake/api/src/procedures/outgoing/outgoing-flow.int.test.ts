import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { documentIssued } from '@lienthong/documents/events';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeOutbox, outgoingDocuments, registerCounters } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const ORG = 'th-ubnd-xa-hoang-hoa';
const drafter = aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'], orgId: ORG });
const leader = aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'], orgId: ORG });
const clerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'], orgId: ORG });
const reviewer = aPrincipal({ username: 'chuyenvien.tinh', roles: ['chuyen-vien'], orgId: 'th-ubnd-tinh' });
const outsider = aPrincipal({
  username: 'chuyenvien.hoangtien',
  roles: ['chuyen-vien'],
  orgId: 'th-ubnd-xa-hoang-tien',
});

const pdf = (label: string) => new TextEncoder().encode(`%PDF-1.7\n% ${label}\n%%EOF\n`);

const reply = {
  kindCode: 'cong-van',
  issuerCode: 'UBND',
  unitCode: 'VP',
  subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
  recipients: [{ type: 'internal' as const, orgId: 'th-ubnd-tinh', name: 'x' }],
};

describe(`outgoing documents on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const as = (principal: typeof drafter) => h.callerFor(principal);
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'resolved';
    } catch (error) {
      return (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    }
  };

  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('runs a draft through one consultation round with a comment, approval, signature and issue', async () => {
    const v1 = await h.upload(drafter, pdf('v1'), 'application/pdf', 'Dự thảo công văn.pdf');
    const created = await as(drafter).outgoing.create({ ...reply, uploadId: v1.id });
    expect(created).toMatchObject({
      status: 'draft',
      documentSystem: 'state',
      numberSymbol: null,
      draftedBy: drafter.username,
    });
    // The directory's name replaces whatever the client sent for an internal recipient.
    expect(created.recipients).toEqual([
      { type: 'internal', orgId: 'th-ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
    ]);

    const round = await as(drafter).outgoing.openConsultation({
      documentId: created.id,
      participants: [{ type: 'user', username: reviewer.username }],
      deadline: new Date('2025-09-17T10:00:00Z'),
    });
    expect(round).toMatchObject({ status: 'open', fileVersion: 1, comments: [] });
    expect(await as(reviewer).outgoing.myConsultations()).toEqual([
      expect.objectContaining({ roundId: round.id, documentId: created.id, subject: reply.subject }),
    ]);
    // The reviewer is in another unit but may read the draft to comment on it; an outsider may not.
    expect((await as(reviewer).outgoing.get({ id: created.id })).status).toBe('in-consultation');
    expect(await codeOf(as(outsider).outgoing.get({ id: created.id }))).toBe('DOCUMENT_NOT_FOUND');
    expect(await codeOf(as(outsider).outgoing.comment({ roundId: round.id, body: 'Tôi góp ý' }))).toBe(
      'CONSULTATION_NOT_FOUND',
    );

    const comment = await as(reviewer).outgoing.comment({
      roundId: round.id,
      body: 'Đề nghị bổ sung số liệu tháng 9.',
    });
    expect(comment).toMatchObject({ author: reviewer.username, authorOrgId: 'th-ubnd-tinh', fileVersion: 1 });

    const closed = await as(drafter).outgoing.closeConsultation({
      roundId: round.id,
      summary: 'Đã tiếp thu, bổ sung số liệu',
    });
    expect(closed.status).toBe('closed');
    expect(closed.comments.map((c) => c.body)).toEqual(['Đề nghị bổ sung số liệu tháng 9.']);
    expect(await codeOf(as(reviewer).outgoing.comment({ roundId: round.id, body: 'Muộn' }))).toBe(
      'CONSULTATION_CLOSED',
    );

    const v2 = await h.upload(drafter, pdf('v2'), 'application/pdf', 'Dự thảo công văn (lần 2).pdf');
    expect(
      await as(drafter).outgoing.addVersion({ documentId: created.id, uploadId: v2.id, note: 'Bổ sung số liệu' }),
    ).toMatchObject({
      version: 2,
    });
    await as(drafter).outgoing.submit({ documentId: created.id });
    // Only the clerk issues, only a signed document, and approval and signature are a leader's.
    expect(await codeOf(as(drafter).outgoing.approve({ documentId: created.id }))).toBe('ROLE_REQUIRED');
    expect(await codeOf(as(clerk).outgoing.issue({ documentId: created.id }))).toBe('TRANSITION_NOT_ALLOWED');
    await as(leader).outgoing.approve({ documentId: created.id });
    const signed = await as(leader).outgoing.sign({ documentId: created.id });
    expect(signed).toMatchObject({ status: 'signed', signerName: leader.name });

    const issued = await as(clerk).outgoing.issue({ documentId: created.id });
    expect(issued).toMatchObject({
      status: 'issued',
      outgoingNumber: 1,
      numberSymbol: '01/UBND-VP',
      registerScope: '2025',
      issuedDate: '2025-09-15',
    });

    const detail = await as(clerk).outgoing.get({ id: created.id });
    expect(detail.files.map((f) => f.version)).toEqual([1, 2]);
    expect(detail.rounds[0]?.comments).toHaveLength(1);
    expect(detail.history.map((entry) => entry.action)).toEqual([
      'create',
      'consult',
      'comment',
      'revise',
      'add-version',
      'submit',
      'approve',
      'sign',
      'number',
      'issue',
    ]);

    const [event] = await h.database.db.select().from(intakeOutbox).where(eq(intakeOutbox.type, documentIssued.type));
    expect(event).toMatchObject({ topic: 'documents', key: created.id });
    const payload = documentIssued.payload.parse((event?.envelope as { data?: unknown } | undefined)?.data);
    expect(payload).toMatchObject({
      documentId: created.id,
      numberSymbol: '01/UBND-VP',
      files: [{ sha256: v2.sha256 }],
    });
  });

  it('numbers the next document 2 in the same series, and a confidential one in its own series', async () => {
    const issue = async (extra: Record<string, unknown>) => {
      // A confidential document is kept as metadata only: no file.
      const file = extra['secrecy']
        ? undefined
        : await h.upload(drafter, pdf(JSON.stringify(extra)), 'application/pdf', 'dt.pdf');
      const draft = await as(drafter).outgoing.create({ ...reply, ...extra, ...(file ? { uploadId: file.id } : {}) });
      await as(drafter).outgoing.submit({ documentId: draft.id });
      await as(leader).outgoing.approve({ documentId: draft.id });
      await as(leader).outgoing.sign({ documentId: draft.id });
      return as(clerk).outgoing.issue({ documentId: draft.id });
    };
    expect((await issue({})).numberSymbol).toBe('02/UBND-VP');
    expect((await issue({ secrecy: 'mat' })).numberSymbol).toBe('01/UBND-VP');
    expect((await issue({ kindCode: 'quyet-dinh' })).numberSymbol).toBe('03/QĐ-UBND');
  });

  it('refuses a confidential document to an outside recipient or with a file, with nothing stored', async () => {
    const before = (await h.database.db.select({ n: count() }).from(outgoingDocuments))[0]?.n;
    const file = await h.upload(drafter, pdf('mật'), 'application/pdf', 'mat.pdf');
    expect(await codeOf(as(drafter).outgoing.create({ ...reply, secrecy: 'toi-mat', uploadId: file.id }))).toBe(
      'CONFIDENTIAL_CONTENT_NOT_ALLOWED',
    );
    expect(
      await codeOf(
        as(drafter).outgoing.create({
          ...reply,
          secrecy: 'mat',
          recipients: [{ type: 'external', name: 'Công ty ABC' }],
        }),
      ),
    ).toBe('OUTGOING_CONFIDENTIAL_EXTERNAL');
    expect((await h.database.db.select({ n: count() }).from(outgoingDocuments))[0]?.n).toBe(before);
  });

  it('refuses what the rules forbid with precise codes and uses no number', async () => {
    const counters = async () => h.database.db.select().from(registerCounters);
    const before = await counters();
    const draft = await as(drafter).outgoing.create(reply);
    expect(await codeOf(as(drafter).outgoing.submit({ documentId: draft.id }))).toBe('OUTGOING_NO_FILE');
    expect(await codeOf(as(leader).outgoing.submit({ documentId: draft.id }))).toBe('OUTGOING_NOT_DRAFTER');
    expect(
      await codeOf(
        as(drafter).outgoing.openConsultation({
          documentId: draft.id,
          participants: [{ type: 'unit', orgId: 'th-ubnd-tinh' }],
          deadline: new Date('2025-09-14T00:00:00Z'),
        }),
      ),
    ).toBe('CONSULTATION_DEADLINE_IN_PAST');
    expect(await codeOf(as(drafter).outgoing.create({ ...reply, unitCode: undefined }))).toBe(
      'OUTGOING_UNIT_CODE_REQUIRED',
    );
    expect(await codeOf(as(drafter).outgoing.create({ ...reply, kindCode: 'nghi-dinh' }))).toBe(
      'OUTGOING_KIND_NOT_LOCAL',
    );
    expect(
      await codeOf(
        as(drafter).outgoing.create({ ...reply, recipients: [{ type: 'internal', orgId: 'khong-co', name: 'x' }] }),
      ),
    ).toBe('OUTGOING_RECIPIENT_UNKNOWN');
    expect(await codeOf(as(leader).outgoing.recall({ documentId: draft.id, reason: 'Sai' }))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    expect(await counters()).toEqual(before);
  });

  it('keeps history through recall and replacement', async () => {
    const issueOne = async (label: string) => {
      const file = await h.upload(drafter, pdf(label), 'application/pdf', `${label}.pdf`);
      const draft = await as(drafter).outgoing.create({ ...reply, subject: label, uploadId: file.id });
      await as(drafter).outgoing.submit({ documentId: draft.id });
      await as(leader).outgoing.approve({ documentId: draft.id });
      await as(leader).outgoing.sign({ documentId: draft.id });
      return as(clerk).outgoing.issue({ documentId: draft.id });
    };
    const first = await issueOne('Công văn có sai sót');
    const second = await issueOne('Công văn thay thế');
    expect(await codeOf(as(clerk).outgoing.recall({ documentId: first.id, reason: '  ' }))).not.toBe('resolved');
    const replaced = await as(clerk).outgoing.replace({
      documentId: first.id,
      replacementId: second.id,
      reason: 'Sai số liệu',
    });
    expect(replaced).toMatchObject({ status: 'replaced', replacedById: second.id });
    expect((await as(clerk).outgoing.get({ id: second.id })).replacesId).toBe(first.id);
    const recalled = await as(leader).outgoing.recall({
      documentId: second.id,
      reason: 'Ban hành không đúng thẩm quyền',
    });
    expect(recalled.status).toBe('recalled');
    const history = (await as(clerk).outgoing.get({ id: second.id })).history;
    expect(history.at(-1)).toMatchObject({
      action: 'recall',
      fromStatus: 'issued',
      toStatus: 'recalled',
      note: 'Ban hành không đúng thẩm quyền',
    });
    expect(history.map((entry) => entry.action)).toContain('issue');
  });
});
