import { uuidPk } from '@lienthong/db';
import { index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/** Who is asked in a consultation round: a person (by username) or a whole unit (anyone of it may answer). */
export type ConsultationParticipant =
  | { readonly type: 'user'; readonly username: string }
  | { readonly type: 'unit'; readonly orgId: string };

/** A consultation round (lấy ý kiến) on one version of a draft, open until its drafter closes it. */
export const consultationRounds = intakeSchema.table(
  'consultation_rounds',
  {
    id: uuidPk(),
    documentId: uuid('document_id').notNull(),
    fileVersion: integer('file_version').notNull(),
    participants: jsonb('participants').$type<ConsultationParticipant[]>().notNull(),
    deadline: timestamp('deadline', { withTimezone: true, mode: 'date' }).notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    openedBy: text('opened_by').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }).notNull(),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    summary: text('summary'),
  },
  (table) => [index('consultation_rounds_document_idx').on(table.documentId)],
);

export type ConsultationRoundRow = typeof consultationRounds.$inferSelect;
