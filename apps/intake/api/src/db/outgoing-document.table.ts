import { createdAt, orgId, updatedAt, uuidPk } from '@lienthong/db';
import { OUTGOING_STATES, SECRECY_LEVELS, URGENCY_LEVELS } from '@lienthong/documents';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/** Who an outgoing document goes to: a unit of this system (by id) or an outside organisation (by name, edXML id). */
export type OutgoingRecipient =
  | { readonly type: 'internal'; readonly orgId: string; readonly name: string }
  | { readonly type: 'external'; readonly name: string; readonly organId?: string };

/**
 * Outgoing documents (văn bản đi) from the first draft to issue, recall or replacement. The number and symbol, the
 * register and the issue date are empty until a clerk issues the document; they are then taken from the unit's
 * outgoing register in the same transaction (Decree 30/2020 Điều 15). `rowVersion` guards against two people moving
 * one document at once.
 */
export const outgoingDocuments = intakeSchema.table(
  'outgoing_documents',
  {
    id: uuidPk(),
    orgId: orgId(),
    status: text('status', { enum: OUTGOING_STATES }).notNull(),
    documentSystem: text('document_system', { enum: ['state', 'party'] }).notNull(),
    kindCode: text('kind_code').notNull(),
    /** Abbreviation of the issuing body in the symbol (`UBND`, `HU`); for a công văn, also the drafting unit's (`VP`). */
    issuerCode: text('issuer_code').notNull(),
    unitCode: text('unit_code'),
    legalNormative: boolean('legal_normative').notNull().default(false),
    subject: text('subject').notNull(),
    urgency: text('urgency', { enum: URGENCY_LEVELS }).notNull(),
    secrecy: text('secrecy', { enum: SECRECY_LEVELS }).notNull(),
    recipients: jsonb('recipients').$type<OutgoingRecipient[]>().notNull(),
    inReplyToId: uuid('in_reply_to_id'),
    draftedBy: text('drafted_by').notNull(),
    signerName: text('signer_name'),
    signedBy: text('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }),
    registerId: uuid('register_id'),
    registerScope: text('register_scope'),
    outgoingNumber: integer('outgoing_number'),
    numberSymbol: text('number_symbol'),
    issuedDate: date('issued_date', { mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }),
    issuedBy: text('issued_by'),
    replacedById: uuid('replaced_by_id'),
    replacesId: uuid('replaces_id'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('outgoing_documents_org_id_idx').on(table.orgId, table.id.desc()),
    index('outgoing_documents_org_status_idx').on(table.orgId, table.status),
    uniqueIndex('outgoing_documents_register_number_key').on(
      table.registerId,
      table.registerScope,
      table.outgoingNumber,
    ),
    index('outgoing_documents_search_idx').using(
      'gin',
      sql`public.lt_unaccent(${table.subject} || ' ' || coalesce(${table.numberSymbol}, '')) public.gin_trgm_ops`,
    ),
  ],
);

export type OutgoingDocumentRow = typeof outgoingDocuments.$inferSelect;
