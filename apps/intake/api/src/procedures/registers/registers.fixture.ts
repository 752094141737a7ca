import type { Principal } from '@lienthong/auth';
import { aPrincipal } from '@lienthong/auth/testing';
import type { IncomingDocumentInput } from '@lienthong/documents';
import { thanhHoaOrganization } from '@lienthong/seed';
import { createContextFactory } from '../../context.js';
import { createIntakeTestHarness } from '../../testing.js';
import { createCallerFactory, router } from '../../trpc.js';
import { incomingRouter } from '../incoming/incoming.router.js';
import { registersRouter } from './registers.router.js';

export const UNIT = 'th-ubnd-xa-hoang-hoa';
const otherUnit = thanhHoaOrganization().units.find(
  (unit) => unit.level === 'commune' && unit.side === 'state' && unit.validFrom >= '2025-07-01' && unit.id !== UNIT,
);
if (!otherUnit) throw new Error('The seed lacks a second new commune');
export const OTHER_UNIT = otherUnit.id;

/** What the clerk of {@link UNIT} registers, and when (UTC), spread over 2025 and across the Vietnamese new year. */
export const ARRIVALS: readonly { at: string; document: IncomingDocumentInput }[] = [
  {
    at: '2025-09-15T02:00:00Z',
    document: {
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '12/QĐ-UBND',
      documentDate: '2025-09-10',
      subject: 'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
    },
  },
  {
    at: '2025-10-03T08:15:00Z',
    document: {
      issuer: 'Văn phòng UBND tỉnh',
      numberSymbol: '45/UBND-VP',
      documentDate: '2025-10-01',
      subject: 'Về việc tổ chức "Ngày chuyển đổi số", năm 2025',
      urgency: 'khan',
    },
  },
  {
    at: '2025-10-20T01:00:00Z',
    document: {
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '07/TB-UBND',
      documentDate: '2025-10-15',
      subject: 'Thông báo lịch tiếp công dân quý IV',
    },
  },
  {
    // 23:30 on 31 December in Vietnam: still 2025.
    at: '2025-12-31T16:30:00Z',
    document: {
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '30/QĐ-UBND',
      documentDate: '2025-12-30',
      subject: 'Về việc phê duyệt kế hoạch năm 2026',
    },
  },
  {
    // 00:30 on 1 January in Vietnam, though still 31 December in UTC: the first document of 2026.
    at: '2025-12-31T17:30:00Z',
    document: {
      issuer: 'UBND tỉnh Thanh Hóa',
      numberSymbol: '01/KH-UBND',
      documentDate: '2025-12-29',
      subject: 'Kế hoạch cải cách hành chính năm 2026',
    },
  },
  {
    at: '2026-01-05T03:00:00Z',
    document: {
      issuer: 'Ban Chấp hành Trung ương',
      numberSymbol: '82-KL/TW',
      documentDate: '2025-12-25',
      subject: 'Kết luận của Bộ Chính trị về đẩy mạnh chuyển đổi số',
      secrecy: 'mat',
    },
  },
];

/**
 * The intake test harness with {@link ARRIVALS} registered for {@link UNIT} and one document for {@link OTHER_UNIT},
 * and callers of a router that has `registers` (the root router gets it from the lead's wiring).
 */
export async function createRegistersHarness() {
  const h = await createIntakeTestHarness(ARRIVALS[0]?.at);
  const contexts = createContextFactory(h.deps);
  const callers = createCallerFactory(router({ registers: registersRouter, incoming: incomingRouter }));
  const as = (principal: Principal | null) => callers(contexts.forPrincipal(principal));
  const clerk = as(aPrincipal());
  for (const [index, arrival] of ARRIVALS.entries()) {
    h.clock.set(arrival.at);
    await clerk.incoming.register(arrival.document);
    if (index === 1) {
      await as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT })).incoming.register({
        issuer: '@SUM(1+1)*cmd',
        numberSymbol: '99/QĐ-UBND',
        documentDate: '2025-10-02',
        subject: 'Quyết định của xã khác',
      });
    }
  }
  return { ...h, as, clerk };
}
