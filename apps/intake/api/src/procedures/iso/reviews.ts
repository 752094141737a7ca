import { unwrap } from '@lienthong/service-kit';
import type { ManagementReview } from '@lienthong/workflows';
import { validateManagementReview } from '@lienthong/workflows';
import { and, asc, between, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isoReviews } from '../../db/schema.js';
import { protectedProcedure, requireRoles } from '../../trpc.js';
import { IsoReviewDto, toIsoReviewDto } from './iso.dto.js';
import { isoError } from './iso-errors.js';
import { IsoUnit, IsoYear, isoUnitToChange, isoUnitToRead, requireProcedures, stored, yearRange } from './iso-store.js';

export const RecordReviewInput = z.object({
  orgId: IsoUnit,
  /** The record in the shape of libs/workflows `ManagementReview`; validated there. */
  review: z.custom<z.input<typeof ManagementReview>>((value) => typeof value === 'object' && value !== null, {
    error: 'Biên bản xem xét của lãnh đạo phải là một đối tượng',
  }),
});

/**
 * Records a management review (ISO 9001:2015 clause 9.3): validated by `validateManagementReview` (every input of
 * 9.3.2, decisions with owner and due date); the procedures its decisions change must be in the unit's catalogue.
 * Leaders and administrators.
 */
export const recordReview = requireRoles('quan-tri', 'lanh-dao')
  .input(RecordReviewInput)
  .output(IsoReviewDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const review = stored(unwrap(validateManagementReview(input.review)));
    const procedureCodes = [...new Set(review.outputs.flatMap((output) => output.procedureCodes))];
    await requireProcedures(ctx.db, orgId, procedureCodes);
    const now = ctx.clock.now();
    const [row] = await ctx.db
      .insert(isoReviews)
      .values({
        id: ctx.ids(),
        orgId,
        reviewId: review.id,
        heldOn: review.heldOn,
        procedureCodes,
        review,
        recordedBy: ctx.principal.username,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [isoReviews.orgId, isoReviews.reviewId] })
      .returning();
    if (!row) {
      throw isoError('ISO_RECORD_EXISTS', {
        orgId,
        id: review.id,
        record: 'management review',
        recordLabel: 'Biên bản xem xét của lãnh đạo',
      });
    }
    ctx.logger.info({ orgId, reviewId: review.id, by: ctx.principal.username }, 'management review recorded');
    return toIsoReviewDto(row);
  });

export const ListReviewsInput = z.object({ orgId: IsoUnit, year: IsoYear });

/** The management reviews of a unit held in a year, oldest first. Anyone of the unit; administrators any unit. */
export const listReviews = protectedProcedure
  .input(ListReviewsInput)
  .output(z.object({ items: z.array(IsoReviewDto) }))
  .query(async ({ ctx, input }) => {
    const orgId = isoUnitToRead(ctx.principal, input.orgId);
    const [from, to] = yearRange(input.year);
    const rows = await ctx.db
      .select()
      .from(isoReviews)
      .where(and(eq(isoReviews.orgId, orgId), between(isoReviews.heldOn, from, to)))
      .orderBy(asc(isoReviews.heldOn), asc(isoReviews.id));
    return { items: rows.map(toIsoReviewDto) };
  });
