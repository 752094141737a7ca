import { unwrap } from '@lienthong/service-kit';
import type { InternalAudit } from '@lienthong/workflows';
import { validateInternalAudit } from '@lienthong/workflows';
import { and, asc, between, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isoAudits } from '../../db/schema.js';
import { protectedProcedure, requireRoles } from '../../trpc.js';
import { IsoAuditDto, toIsoAuditDto } from './iso.dto.js';
import { isoError } from './iso-errors.js';
import { IsoUnit, IsoYear, isoUnitToChange, isoUnitToRead, requireProcedures, stored, yearRange } from './iso-store.js';

export const RecordAuditInput = z.object({
  orgId: IsoUnit,
  /** The record in the shape of libs/workflows `InternalAudit`; validated there (Vietnamese messages, field paths). */
  audit: z.custom<z.input<typeof InternalAudit>>((value) => typeof value === 'object' && value !== null, {
    error: 'Hồ sơ đánh giá nội bộ phải là một đối tượng',
  }),
});

/**
 * Records an internal audit (ISO 9001:2015 clause 9.2) of a unit: validated by `validateInternalAudit` (dates in
 * order, auditors impartial, findings in scope…); every procedure in scope must be in the unit's catalogue
 * (ISO_PROCEDURE_NOT_IN_CATALOGUE); an id already on record is refused (ISO_RECORD_EXISTS). Leaders and administrators.
 */
export const recordAudit = requireRoles('quan-tri', 'lanh-dao')
  .input(RecordAuditInput)
  .output(IsoAuditDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const audit = stored(unwrap(validateInternalAudit(input.audit)));
    await requireProcedures(ctx.db, orgId, audit.procedureCodes);
    const now = ctx.clock.now();
    const [row] = await ctx.db
      .insert(isoAudits)
      .values({
        id: ctx.ids(),
        orgId,
        auditId: audit.id,
        startedOn: audit.startedOn,
        reportedOn: audit.reportedOn,
        procedureCodes: audit.procedureCodes,
        audit,
        recordedBy: ctx.principal.username,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [isoAudits.orgId, isoAudits.auditId] })
      .returning();
    if (!row) {
      throw isoError('ISO_RECORD_EXISTS', {
        orgId,
        id: audit.id,
        record: 'internal audit',
        recordLabel: 'Hồ sơ đánh giá nội bộ',
      });
    }
    ctx.logger.info({ orgId, auditId: audit.id, by: ctx.principal.username }, 'internal audit recorded');
    return toIsoAuditDto(row);
  });

export const ListAuditsInput = z.object({ orgId: IsoUnit, year: IsoYear });

/** The internal audits of a unit started in a year, oldest first. Anyone of the unit; administrators any unit. */
export const listAudits = protectedProcedure
  .input(ListAuditsInput)
  .output(z.object({ items: z.array(IsoAuditDto) }))
  .query(async ({ ctx, input }) => {
    const orgId = isoUnitToRead(ctx.principal, input.orgId);
    const [from, to] = yearRange(input.year);
    const rows = await ctx.db
      .select()
      .from(isoAudits)
      .where(and(eq(isoAudits.orgId, orgId), between(isoAudits.startedOn, from, to)))
      .orderBy(asc(isoAudits.startedOn), asc(isoAudits.id));
    return { items: rows.map(toIsoAuditDto) };
  });
