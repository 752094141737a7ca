import type { InternalAudit, ManagementReview, Nonconformity } from '@lienthong/workflows';
import { z } from 'zod';
import type { IsoAuditRow } from '../../db/iso-audit.table.js';
import type { IsoNonconformityRow } from '../../db/iso-nonconformity.table.js';
import type { IsoReviewRow } from '../../db/iso-review.table.js';

// The records themselves were validated by libs/workflows before they were stored; the DTOs carry them as they are.
const audit = z.custom<InternalAudit>();
const review = z.custom<ManagementReview>();
const nonconformity = z.custom<Nonconformity>();

const stamps = {
  orgId: z.string(),
  rowVersion: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
};

export const IsoAuditDto = z.object({ ...stamps, recordedBy: z.string(), audit });
export type IsoAuditDto = z.infer<typeof IsoAuditDto>;

export const IsoReviewDto = z.object({ ...stamps, recordedBy: z.string(), review });
export type IsoReviewDto = z.infer<typeof IsoReviewDto>;

export const IsoNonconformityDto = z.object({
  ...stamps,
  /** The internal audit of the same unit that found it, if any. */
  auditId: z.string().nullable(),
  openedBy: z.string(),
  updatedBy: z.string(),
  nonconformity,
});
export type IsoNonconformityDto = z.infer<typeof IsoNonconformityDto>;

export function toIsoAuditDto(row: IsoAuditRow): IsoAuditDto {
  return {
    orgId: row.orgId,
    rowVersion: row.rowVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    recordedBy: row.recordedBy,
    audit: row.audit,
  };
}

export function toIsoReviewDto(row: IsoReviewRow): IsoReviewDto {
  return {
    orgId: row.orgId,
    rowVersion: row.rowVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    recordedBy: row.recordedBy,
    review: row.review,
  };
}

export function toIsoNonconformityDto(row: IsoNonconformityRow): IsoNonconformityDto {
  return {
    orgId: row.orgId,
    rowVersion: row.rowVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    auditId: row.auditId,
    openedBy: row.openedBy,
    updatedBy: row.updatedBy,
    nonconformity: row.nonconformity,
  };
}
