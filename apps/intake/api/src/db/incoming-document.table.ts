import { createdAt, orgId, uuidPk } from '@lienthong/db';
import { INCOMING_STATES, SECRECY_LEVELS, URGENCY_LEVELS } from '@lienthong/documents';
import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * Registered incoming documents (văn bản đến). Ids are UUID v7, so ordering by id is ordering by registration.
 * `searchText` concatenates what a clerk searches by; its trigram index serves accent-insensitive `LIKE` queries.
 */
export const incomingDocuments = intakeSchema.table(
  'incoming_documents',
  {
    id: uuidPk(),
    orgId: orgId(),
    issuer: text('issuer').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    // The number and symbol above is canonical (`12/QĐ-UBND`); what it says about the document:
    documentSystem: text('document_system', { enum: ['state', 'party'] }),
    kindCode: text('kind_code'),
    urgency: text('urgency', { enum: URGENCY_LEVELS }).notNull().default('thuong'),
    secrecy: text('secrecy', { enum: SECRECY_LEVELS }).notNull().default('thuong'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** When the document reached the office, if the clerk said it was before registration (null: on registration). */
    arrivedAt: timestamp('arrived_at', { withTimezone: true, mode: 'date' }),
    /** Registered after the deadline of Decree 30 Điều 4.2.c (urgent: at once; others: by the next working day). */
    registeredLate: boolean('registered_late').notNull().default(false),
    // Số đến: the register's number for this document in its scope. Null only for rows registered before registers
    // existed (the first slice); every registration since has them.
    registerId: uuid('register_id'),
    registerScope: text('register_scope'),
    incomingNumber: integer('incoming_number'),
    /** Where the document is in its lifecycle (libs/documents INCOMING_TRANSITIONS); registration leaves it `registered`. */
    status: text('status', { enum: INCOMING_STATES }).notNull().default('registered'),
    /** Text read from its scans by OCR (null until a job finished); searched like the subject. */
    ocrText: text('ocr_text'),
    createdAt: createdAt(),
  },
  (table) => [
    index('incoming_documents_org_id_idx').on(table.orgId, table.id.desc()),
    index('incoming_documents_org_symbol_idx').on(table.orgId, table.numberSymbol),
    uniqueIndex('incoming_documents_register_number_key').on(
      table.registerId,
      table.registerScope,
      table.incomingNumber,
    ),
    index('incoming_documents_search_idx').using(
      'gin',
      sql`public.lt_unaccent(${incomingSearchText(table)}) public.gin_trgm_ops`,
    ),
    index('incoming_documents_org_kind_idx').on(table.orgId, table.kindCode),
  ],
);

/**
 * What a search reads: subject, number/symbol, issuer and OCR text. Queries must use this very expression so that the
 * trigram index serves them.
 */
export function incomingSearchText(table: {
  subject: AnyPgColumn;
  numberSymbol: AnyPgColumn;
  issuer: AnyPgColumn;
  ocrText: AnyPgColumn;
}): SQL {
  return sql`${table.subject} || ' ' || ${table.numberSymbol} || ' ' || ${table.issuer} || ' ' || coalesce(${table.ocrText}, '')`;
}

export type IncomingDocumentRow = typeof incomingDocuments.$inferSelect;
