import { vietnamDateOf } from '@lienthong/documents';
import { and, asc, gt, isNull, lte, or } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { FindUnitsInput, FindUnitsOutput } from './find-units.schema.js';

/** The organisation units valid on a date (today in Vietnam by default), for pickers and scoping. */
export const findUnits = protectedProcedure
  .input(FindUnitsInput)
  .output(FindUnitsOutput)
  .query(async ({ ctx, input }) => {
    const date = input?.date ?? vietnamDateOf(ctx.clock.now());
    const items = await ctx.db
      .select()
      .from(orgUnits)
      .where(and(lte(orgUnits.validFrom, date), or(isNull(orgUnits.validTo), gt(orgUnits.validTo, date))))
      .orderBy(asc(orgUnits.level), asc(orgUnits.name));
    return { date, items };
  });
