import type { Principal } from '@lienthong/auth';
import { aPrincipal } from '@lienthong/auth/testing';
import type { OutgoingDraftInput } from '@lienthong/documents';
import { createIntakeTestHarness } from '../../testing.js';
import { OTHER_UNIT } from './registers.fixture.js';

const PROVINCE = 'th-ubnd-tinh';
const PROVINCE_NAME = 'Ủy ban nhân dân tỉnh Thanh Hóa';

/** The people of `UNIT` (xã Hoằng Hóa) who draft, approve and sign, and issue; the leader signs under a real name. */
export const drafter = aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] });
export const leader: Principal = {
  ...aPrincipal({ username: 'lanhdao.hoanghoa', roles: ['lanh-dao'] }),
  name: 'Lê Văn Hùng',
};
export const clerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'] });

/** The same three in {@link OTHER_UNIT}. */
const otherDrafter = aPrincipal({ username: `chuyenvien.${OTHER_UNIT}`, roles: ['chuyen-vien'], orgId: OTHER_UNIT });
const otherLeader = aPrincipal({ username: `lanhdao.${OTHER_UNIT}`, roles: ['lanh-dao'], orgId: OTHER_UNIT });
const otherClerk = aPrincipal({ username: `vanthu.${OTHER_UNIT}`, roles: ['van-thu'], orgId: OTHER_UNIT });

/** An outside recipient whose name a spreadsheet would run as a formula. */
export const FORMULA_RECIPIENT = '=HYPERLINK("http://example.invalid/x","Bấm để xem")';

type Draft = Omit<OutgoingDraftInput, 'legalNormative' | 'urgency' | 'secrecy' | 'recipients'> &
  Partial<Pick<OutgoingDraftInput, 'legalNormative' | 'urgency' | 'secrecy' | 'recipients'>>;

const toProvince = [{ type: 'internal' as const, orgId: PROVINCE, name: PROVINCE_NAME }];

/**
 * What `UNIT` (xã Hoằng Hóa) drafts and issues in its outgoing register, and when (UTC), spread over 2025 and
 * across the Vietnamese new year. `stop: 'signed'` leaves a document signed, not issued.
 */
export const ISSUES = {
  report: {
    at: '2025-09-15T02:00:00Z',
    draft: {
      kindCode: 'cong-van',
      issuerCode: 'UBND',
      unitCode: 'VP',
      subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
      recipients: [...toProvince, { type: 'external', name: 'Công ty cổ phần Viễn thông ABC' }],
    },
  },
  decision: {
    at: '2025-10-03T08:15:00Z',
    draft: {
      kindCode: 'quyet-dinh',
      issuerCode: 'UBND',
      subject: 'Về việc tổ chức "Ngày chuyển đổi số", năm 2025',
      urgency: 'khan',
      recipients: toProvince,
    },
  },
  // Numbered in the secret series: counted, but not a line of the ordinary book.
  secret: {
    at: '2025-10-20T01:00:00Z',
    draft: {
      kindCode: 'thong-bao',
      issuerCode: 'UBND',
      subject: 'Thông báo về công tác bảo vệ bí mật nhà nước',
      secrecy: 'mat',
      recipients: toProvince,
    },
  },
  recalled: {
    at: '2025-11-05T02:00:00Z',
    draft: {
      kindCode: 'ke-hoach',
      issuerCode: 'UBND',
      subject: 'Kế hoạch tuyên truyền chuyển đổi số năm 2026',
      recipients: toProvince,
    },
  },
  replaced: {
    at: '2025-12-01T02:00:00Z',
    draft: {
      kindCode: 'thong-bao',
      issuerCode: 'UBND',
      subject: 'Lịch tiếp công dân tháng 12 năm 2025',
      recipients: toProvince,
    },
  },
  replacement: {
    at: '2025-12-02T02:00:00Z',
    draft: {
      kindCode: 'thong-bao',
      issuerCode: 'UBND',
      subject: 'Lịch tiếp công dân tháng 12 năm 2025 (thay thế Thông báo số 04/TB-UBND)',
      recipients: toProvince,
    },
  },
  // Signed but never issued: no number, so neither in the book nor in the counts.
  unissued: {
    at: '2025-12-10T02:00:00Z',
    stop: 'signed',
    draft: { kindCode: 'bao-cao', issuerCode: 'UBND', subject: 'Báo cáo chưa phát hành', recipients: toProvince },
  },
  // 00:30 on 1 January in Vietnam, though still 31 December in UTC: the first document of the 2026 book.
  newYear: {
    at: '2025-12-31T17:30:00Z',
    draft: {
      kindCode: 'cong-van',
      issuerCode: 'UBND',
      unitCode: 'VP',
      subject: 'V/v chúc mừng năm mới 2026',
      recipients: toProvince,
    },
  },
} satisfies Record<string, { at: string; stop?: 'signed'; draft: Draft }>;

const pdf = (label: string) => new TextEncoder().encode(`%PDF-1.7\n% ${label}\n%%EOF\n`);

/**
 * The intake test harness (the whole intake router) with {@link ISSUES} drafted, approved, signed and issued through
 * the real procedures in `UNIT` (xã Hoằng Hóa), the recalled one recalled and the replaced one replaced, and one
 * công văn issued in {@link OTHER_UNIT} on 3 October 2025 to {@link FORMULA_RECIPIENT}. The clock ends on
 * 6 January 2026.
 */
export async function createOutgoingRegistersHarness() {
  const h = await createIntakeTestHarness(ISSUES.report.at);
  const as = (principal: Principal | null) => h.callerFor(principal);

  const issue = async (
    people: { drafter: Principal; leader: Principal; clerk: Principal },
    label: string,
    draft: Draft,
    stop?: 'signed',
  ) => {
    // A confidential document is kept as metadata only: it gets no file.
    const confidential = draft.secrecy !== undefined && draft.secrecy !== 'thuong';
    const file = confidential
      ? undefined
      : await h.upload(people.drafter, pdf(label), 'application/pdf', `${label}.pdf`);
    const created = await as(people.drafter).outgoing.create({ ...draft, ...(file ? { uploadId: file.id } : {}) });
    await as(people.drafter).outgoing.submit({ documentId: created.id });
    await as(people.leader).outgoing.approve({ documentId: created.id });
    const signed = await as(people.leader).outgoing.sign({ documentId: created.id });
    return stop === 'signed' ? signed : as(people.clerk).outgoing.issue({ documentId: created.id });
  };

  const ids = new Map<keyof typeof ISSUES, string>();
  for (const [label, item] of Object.entries(ISSUES) as [keyof typeof ISSUES, (typeof ISSUES)[keyof typeof ISSUES]][]) {
    h.clock.set(item.at);
    const stop = 'stop' in item ? item.stop : undefined;
    const id = (await issue({ drafter, leader, clerk }, label, item.draft, stop)).id;
    ids.set(label, id);
    if (label === 'decision') {
      h.clock.set('2025-10-03T09:00:00Z');
      await issue({ drafter: otherDrafter, leader: otherLeader, clerk: otherClerk }, 'other', {
        kindCode: 'cong-van',
        issuerCode: 'UBND',
        unitCode: 'VP',
        subject: 'V/v phối hợp tổ chức ngày hội',
        recipients: [{ type: 'external', name: FORMULA_RECIPIENT }],
      });
    }
    if (label === 'recalled') {
      h.clock.set('2025-11-06T02:00:00Z');
      await as(leader).outgoing.recall({ documentId: id, reason: 'Ban hành không đúng thẩm quyền' });
    }
    if (label === 'replacement') {
      const replaced = ids.get('replaced');
      if (!replaced) throw new Error('the replaced document is issued before its replacement');
      await as(clerk).outgoing.replace({ documentId: replaced, replacementId: id, reason: 'Sai lịch tiếp công dân' });
    }
  }
  h.clock.set('2026-01-06T02:00:00Z');
  return { ...h, as, clerk: as(clerk), ids };
}
