import { unwrap } from '@lienthong/service-kit';
import type { ActionVerification, CorrectiveAction } from '@lienthong/workflows';
import {
  NONCONFORMITY_SOURCES,
  addCorrectiveAction,
  closeNonconformity,
  completeCorrectiveAction,
  validateNonconformity,
  verifyCorrectiveAction,
} from '@lienthong/workflows';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isoNonconformities } from '../../db/schema.js';
import { protectedProcedure, requireRoles } from '../../trpc.js';
import { todayOf } from '../procedures/procedure-store.js';
import { IsoNonconformityDto, toIsoNonconformityDto } from './iso.dto.js';
import { isoError } from './iso-errors.js';
import {
  IsoRecordId,
  IsoUnit,
  RowVersion,
  changeNonconformity,
  isoUnitToChange,
  isoUnitToRead,
  loadNonconformity,
  requireAudit,
  requireProcedures,
  stored,
} from './iso-store.js';

// Shapes only; libs/workflows validates the contents (dates, lengths, codes) with its own Vietnamese messages.
const optionalText = z.string({ error: 'Phải là chuỗi ký tự' }).optional();
const dateText = z.string({ error: 'Ngày phải có dạng YYYY-MM-DD' });

export const OpenNonconformityInput = z.object({
  orgId: IsoUnit,
  /** The internal audit (same unit) that found it; `sourceRef` defaults to it. */
  auditId: IsoRecordId.optional(),
  nonconformity: z.object({
    id: IsoRecordId,
    detectedOn: dateText,
    source: z.enum(NONCONFORMITY_SOURCES, { error: 'Nguồn phát hiện không hợp lệ' }),
    sourceRef: optionalText,
    /** A procedure of the unit's catalogue (and, if given, one of its versions). */
    procedureCode: z.string({ error: 'Mã quy trình phải là chuỗi ký tự' }),
    procedureVersion: optionalText,
    clause: optionalText,
    description: z.string({ error: 'Mô tả điểm không phù hợp phải là chuỗi ký tự' }),
    correction: optionalText,
    rootCause: optionalText,
  }),
});

/**
 * Opens a nonconformity (ISO 9001:2015 clause 10.2) on a procedure of the unit's catalogue, optionally found by one of
 * its internal audits (ISO_AUDIT_NOT_FOUND). Validated by `validateNonconformity`. Leaders and administrators.
 */
export const openNonconformity = requireRoles('quan-tri', 'lanh-dao')
  .input(OpenNonconformityInput)
  .output(IsoNonconformityDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const fields = input.nonconformity;
    const nc = stored(
      unwrap(
        validateNonconformity({
          ...fields,
          ...(fields.sourceRef === undefined && input.auditId !== undefined ? { sourceRef: input.auditId } : {}),
          correctiveActions: [],
          status: 'open',
        }),
      ),
    );
    await requireProcedures(ctx.db, orgId, [nc.procedureCode], nc.procedureVersion);
    if (input.auditId !== undefined) await requireAudit(ctx.db, orgId, input.auditId);
    const now = ctx.clock.now();
    const [row] = await ctx.db
      .insert(isoNonconformities)
      .values({
        id: ctx.ids(),
        orgId,
        nonconformityId: nc.id,
        status: nc.status,
        procedureCode: nc.procedureCode,
        auditId: input.auditId ?? null,
        detectedOn: nc.detectedOn,
        closedOn: null,
        nonconformity: nc,
        openedBy: ctx.principal.username,
        updatedBy: ctx.principal.username,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [isoNonconformities.orgId, isoNonconformities.nonconformityId] })
      .returning();
    if (!row) {
      throw isoError('ISO_RECORD_EXISTS', {
        orgId,
        id: nc.id,
        record: 'nonconformity',
        recordLabel: 'Điểm không phù hợp',
      });
    }
    ctx.logger.info({ orgId, id: nc.id, by: ctx.principal.username }, 'nonconformity opened');
    return toIsoNonconformityDto(row);
  });

/** Which nonconformity, and the `rowVersion` the caller last read. */
const target = { orgId: IsoUnit, id: IsoRecordId, rowVersion: RowVersion };

export const AddActionInput = z.object({
  ...target,
  action: z.custom<z.input<typeof CorrectiveAction>>((value) => typeof value === 'object' && value !== null, {
    error: 'Hành động khắc phục phải có dạng { id, description, owner, dueOn }',
  }),
});

/** Adds a corrective action to an open nonconformity (`addCorrectiveAction`). Leaders and administrators. */
export const addAction = requireRoles('quan-tri', 'lanh-dao')
  .input(AddActionInput)
  .output(IsoNonconformityDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const row = await changeNonconformity(ctx, orgId, input.id, input.rowVersion, (nc) =>
      addCorrectiveAction(nc, input.action),
    );
    return toIsoNonconformityDto(row);
  });

export const CompleteActionInput = z.object({
  ...target,
  actionId: IsoRecordId,
  /** The day the action was carried out; today by default. */
  doneOn: dateText.optional(),
});

/** Records that a corrective action was carried out (`completeCorrectiveAction`). Leaders and administrators. */
export const completeAction = requireRoles('quan-tri', 'lanh-dao')
  .input(CompleteActionInput)
  .output(IsoNonconformityDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const doneOn = input.doneOn ?? todayOf(ctx);
    const row = await changeNonconformity(ctx, orgId, input.id, input.rowVersion, (nc) =>
      completeCorrectiveAction(nc, input.actionId, doneOn),
    );
    return toIsoNonconformityDto(row);
  });

export const VerifyActionInput = z.object({
  ...target,
  actionId: IsoRecordId,
  /** The check of the action's effect (10.2.1 d); `on` defaults to today and `by` to the caller. */
  verification: z.object({
    on: dateText.optional(),
    by: optionalText,
    effective: z.boolean({ error: 'Kết quả kiểm tra phải là true (có hiệu lực) hoặc false' }),
    note: optionalText,
  }),
});

/** Records the check of a done action's effect (`verifyCorrectiveAction`). Leaders and administrators. */
export const verifyAction = requireRoles('quan-tri', 'lanh-dao')
  .input(VerifyActionInput)
  .output(IsoNonconformityDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const { on, by, note, effective } = input.verification;
    const verification: z.input<typeof ActionVerification> = {
      on: on ?? todayOf(ctx),
      by: by ?? ctx.principal.username,
      effective,
      ...(note === undefined ? {} : { note }),
    };
    const row = await changeNonconformity(ctx, orgId, input.id, input.rowVersion, (nc) =>
      verifyCorrectiveAction(nc, input.actionId, verification),
    );
    return toIsoNonconformityDto(row);
  });

export const CloseNonconformityInput = z.object({
  ...target,
  /** The closing day; today by default. */
  on: dateText.optional(),
  /** Who closes it (name and title); the caller by default. */
  by: optionalText,
});

/**
 * Closes a nonconformity (`closeNonconformity`): only when it has corrective actions, all done and verified, one
 * verified effective (NONCONFORMITY_NO_ACTION, NONCONFORMITY_ACTIONS_OPEN, NONCONFORMITY_NOT_EFFECTIVE); a refusal
 * changes nothing. Leaders and administrators.
 */
export const closeNonconformityProcedure = requireRoles('quan-tri', 'lanh-dao')
  .input(CloseNonconformityInput)
  .output(IsoNonconformityDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await isoUnitToChange(ctx, input.orgId);
    const closing = { on: input.on ?? todayOf(ctx), by: input.by ?? ctx.principal.username };
    const row = await changeNonconformity(ctx, orgId, input.id, input.rowVersion, (nc) =>
      closeNonconformity(nc, closing),
    );
    ctx.logger.info({ orgId, id: input.id, by: ctx.principal.username }, 'nonconformity closed');
    return toIsoNonconformityDto(row);
  });

export const ListNonconformitiesInput = z
  .object({
    orgId: IsoUnit,
    status: z.enum(['open', 'closed'], { error: 'Trạng thái phải là open hoặc closed' }).optional(),
    procedureCode: z.string().max(64, { error: 'Mã quy trình dài quá 64 ký tự' }).optional(),
  })
  .default({});

/** The nonconformities of a unit, open or closed, of one procedure or all; by detection date. Anyone of the unit. */
export const listNonconformities = protectedProcedure
  .input(ListNonconformitiesInput)
  .output(z.object({ items: z.array(IsoNonconformityDto) }))
  .query(async ({ ctx, input }) => {
    const orgId = isoUnitToRead(ctx.principal, input.orgId);
    const t = isoNonconformities;
    const rows = await ctx.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.orgId, orgId),
          input.status === undefined ? undefined : eq(t.status, input.status),
          input.procedureCode === undefined ? undefined : eq(t.procedureCode, input.procedureCode),
        ),
      )
      .orderBy(asc(t.detectedOn), asc(t.id));
    return { items: rows.map(toIsoNonconformityDto) };
  });

/** One nonconformity of the unit with its actions, or ISO_NONCONFORMITY_NOT_FOUND. Anyone of the unit. */
export const getNonconformity = protectedProcedure
  .input(z.object({ orgId: IsoUnit, id: IsoRecordId }))
  .output(IsoNonconformityDto)
  .query(async ({ ctx, input }) => {
    const orgId = isoUnitToRead(ctx.principal, input.orgId);
    return toIsoNonconformityDto(await loadNonconformity(ctx.db, orgId, input.id));
  });
