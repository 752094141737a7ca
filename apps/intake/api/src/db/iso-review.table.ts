import { createdAt, orgId, updatedAt, uuidPk } from '@lienthong/db';
import type { ManagementReview } from '@lienthong/workflows';
import { date, index, integer, jsonb, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Management reviews (xem xét của lãnh đạo, ISO 9001:2015 clause 9.3) of each unit. `review` is the record as
 * `validateManagementReview` (libs/workflows) returns it; `reviewId` is its own id, unique in the unit.
 */
export const isoReviews = intakeSchema.table(
  'iso_reviews',
  {
    id: uuidPk(),
    orgId: orgId(),
    reviewId: text('review_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** The procedures the review's decisions change. */
    procedureCodes: text('procedure_codes').array().notNull(),
    review: jsonb('review').$type<ManagementReview>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('iso_reviews_org_review_key').on(table.orgId, table.reviewId),
    index('iso_reviews_org_held_idx').on(table.orgId, table.heldOn),
  ],
);

export type IsoReviewRow = typeof isoReviews.$inferSelect;
