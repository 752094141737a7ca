import { OUTGOING_STATES, SECRECY_LEVELS, URGENCY_LEVELS } from '@lienthong/documents';
import { z } from 'zod';
import type { ConsultationCommentRow } from '../../db/consultation-comment.table.js';
import type { ConsultationRoundRow } from '../../db/consultation-round.table.js';
import type { OutgoingDocumentRow } from '../../db/outgoing-document.table.js';
import type { OutgoingFileRow } from '../../db/outgoing-file.table.js';
import { HistoryEntryDto } from '../../history/record-history.js';

const Recipient = z.discriminatedUnion('type', [
  z.object({ type: z.literal('internal'), orgId: z.string(), name: z.string() }),
  z.object({ type: z.literal('external'), name: z.string(), organId: z.string().optional() }),
]);

/** What clients see of an outgoing document in lists. */
export const OutgoingDocumentDto = z.object({
  id: z.uuid(),
  orgId: z.string(),
  status: z.enum(OUTGOING_STATES),
  documentSystem: z.enum(['state', 'party']),
  kindCode: z.string(),
  issuerCode: z.string(),
  unitCode: z.string().nullable(),
  subject: z.string(),
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
  recipients: z.array(Recipient),
  inReplyToId: z.uuid().nullable(),
  draftedBy: z.string(),
  signerName: z.string().nullable(),
  signedAt: z.date().nullable(),
  numberSymbol: z.string().nullable(),
  outgoingNumber: z.number().int().nullable(),
  registerScope: z.string().nullable(),
  issuedDate: z.string().nullable(),
  issuedAt: z.date().nullable(),
  replacedById: z.uuid().nullable(),
  replacesId: z.uuid().nullable(),
  rowVersion: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type OutgoingDocumentDto = z.infer<typeof OutgoingDocumentDto>;

export function toOutgoingDocumentDto(row: OutgoingDocumentRow): OutgoingDocumentDto {
  return {
    id: row.id,
    orgId: row.orgId,
    status: row.status,
    documentSystem: row.documentSystem,
    kindCode: row.kindCode,
    issuerCode: row.issuerCode,
    unitCode: row.unitCode,
    subject: row.subject,
    urgency: row.urgency,
    secrecy: row.secrecy,
    recipients: row.recipients,
    inReplyToId: row.inReplyToId,
    draftedBy: row.draftedBy,
    signerName: row.signerName,
    signedAt: row.signedAt,
    numberSymbol: row.numberSymbol,
    outgoingNumber: row.outgoingNumber,
    registerScope: row.registerScope,
    issuedDate: row.issuedDate,
    issuedAt: row.issuedAt,
    replacedById: row.replacedById,
    replacesId: row.replacesId,
    rowVersion: row.rowVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const OutgoingFileDto = z.object({
  id: z.uuid(),
  version: z.number().int(),
  sha256: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  note: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: z.date(),
});

export function toOutgoingFileDto(row: OutgoingFileRow): z.infer<typeof OutgoingFileDto> {
  const { id, version, sha256, fileName, contentType, size, note, uploadedBy, createdAt } = row;
  return { id, version, sha256, fileName, contentType, size, note, uploadedBy, createdAt };
}

export const ConsultationCommentDto = z.object({
  id: z.uuid(),
  fileVersion: z.number().int(),
  author: z.string(),
  authorOrgId: z.string(),
  body: z.string(),
  createdAt: z.date(),
});

export const ConsultationRoundDto = z.object({
  id: z.uuid(),
  fileVersion: z.number().int(),
  participants: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('user'), username: z.string() }),
      z.object({ type: z.literal('unit'), orgId: z.string() }),
    ]),
  ),
  deadline: z.date(),
  status: z.enum(['open', 'closed']),
  openedBy: z.string(),
  openedAt: z.date(),
  closedBy: z.string().nullable(),
  closedAt: z.date().nullable(),
  summary: z.string().nullable(),
  comments: z.array(ConsultationCommentDto),
});
export type ConsultationRoundDto = z.infer<typeof ConsultationRoundDto>;

export function toConsultationRoundDto(
  round: ConsultationRoundRow,
  comments: readonly ConsultationCommentRow[],
): ConsultationRoundDto {
  const { id, fileVersion, participants, deadline, status, openedBy, openedAt, closedBy, closedAt, summary } = round;
  return {
    id,
    fileVersion,
    participants,
    deadline,
    status,
    openedBy,
    openedAt,
    closedBy,
    closedAt,
    summary,
    comments: comments
      .filter((comment) => comment.roundId === round.id)
      .map(({ id: commentId, fileVersion: version, author, authorOrgId, body, createdAt }) => ({
        id: commentId,
        fileVersion: version,
        author,
        authorOrgId,
        body,
        createdAt,
      })),
  };
}

/** One outgoing document with its file versions, consultation rounds (with comments) and history. */
export const OutgoingDocumentDetailDto = OutgoingDocumentDto.extend({
  files: z.array(OutgoingFileDto),
  rounds: z.array(ConsultationRoundDto),
  history: z.array(HistoryEntryDto),
});
export type OutgoingDocumentDetailDto = z.infer<typeof OutgoingDocumentDetailDto>;
