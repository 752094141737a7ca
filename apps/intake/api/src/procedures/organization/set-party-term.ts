import { defineErrors } from '@lienthong/kernel';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnits, partyTerms } from '../../db/schema.js';
import { protectedProcedure, requireRoles } from '../../trpc.js';

const termError = defineErrors({
  PARTY_UNIT_REQUIRED: {
    kind: 'invalid',
    vi: 'Đơn vị {orgId} không phải cấp ủy Đảng: chỉ cấp ủy Đảng đánh số văn bản theo nhiệm kỳ',
    en: 'Unit {orgId} is not a Party committee: only Party committees number documents per term',
  },
  PARTY_TERM_DATES_INVALID: {
    kind: 'invalid',
    vi: 'Ngày kết thúc nhiệm kỳ ({endsOn}) phải sau ngày bắt đầu ({startsOn})',
    en: 'The term must end ({endsOn}) after it starts ({startsOn})',
  },
});

const PartyTerm = z.object({
  orgId: z.string().trim().min(1).max(100),
  /** The term as written in the Party's documents: `2020-2025`. */
  key: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}$/, { error: 'Nhiệm kỳ phải có dạng NNNN-NNNN, ví dụ 2020-2025' }),
  startsOn: z.iso.date({ error: 'Ngày bắt đầu phải có dạng YYYY-MM-DD' }),
  endsOn: z.iso.date({ error: 'Ngày kết thúc phải có dạng YYYY-MM-DD' }).nullable().default(null),
});

/**
 * Records (or corrects) a Party committee's term, from which its registers number (HD 36-HD/VPTW §1.3.1). Until a
 * term covers today, registering or issuing in that committee is refused with PARTY_TERM_NOT_FOUND. Administrators.
 */
export const setPartyTerm = requireRoles('quan-tri')
  .input(PartyTerm)
  .output(PartyTerm.extend({ endsOn: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const [unit] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, input.orgId));
    if (!unit || unit.side !== 'party') throw termError('PARTY_UNIT_REQUIRED', { orgId: input.orgId });
    if (input.endsOn !== null && input.endsOn <= input.startsOn) {
      throw termError('PARTY_TERM_DATES_INVALID', { startsOn: input.startsOn, endsOn: input.endsOn });
    }
    await ctx.db
      .insert(partyTerms)
      .values({ ...input, createdAt: ctx.clock.now() })
      .onConflictDoUpdate({
        target: [partyTerms.orgId, partyTerms.key],
        set: { startsOn: input.startsOn, endsOn: input.endsOn },
      });
    ctx.logger.info({ orgId: input.orgId, term: input.key, by: ctx.principal.username }, 'Party term recorded');
    return input;
  });

/** A Party committee's terms, oldest first. */
export const listPartyTerms = protectedProcedure
  .input(z.object({ orgId: z.string().trim().min(1).max(100) }))
  .output(z.array(z.object({ key: z.string(), startsOn: z.string(), endsOn: z.string().nullable() })))
  .query(async ({ ctx, input }) =>
    (
      await ctx.db.select().from(partyTerms).where(eq(partyTerms.orgId, input.orgId)).orderBy(asc(partyTerms.startsOn))
    ).map(({ key, startsOn, endsOn }) => ({ key, startsOn, endsOn })),
  );
