import { createdAt, uuidPk } from '@lienthong/db';
import { index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/** A participant's comment (góp ý) in a round, on the version the round was opened on. */
export const consultationComments = intakeSchema.table(
  'consultation_comments',
  {
    id: uuidPk(),
    roundId: uuid('round_id').notNull(),
    documentId: uuid('document_id').notNull(),
    fileVersion: integer('file_version').notNull(),
    author: text('author').notNull(),
    authorOrgId: text('author_org_id').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('consultation_comments_round_idx').on(table.roundId)],
);

export type ConsultationCommentRow = typeof consultationComments.$inferSelect;
