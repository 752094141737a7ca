import { requireOrgId } from '@lienthong/auth';
import { vietnamDateOf } from '@lienthong/calendar';
import { withTransaction } from '@lienthong/db';
import { enqueue } from '@lienthong/events';
import { unwrap } from '@lienthong/service-kit';
import { effectiveVersionOn, receiveDossier } from '@lienthong/workflows';
import { dossierReceived } from '@lienthong/workflows/events';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { dossiers, intakeOutbox, procedureVersions } from '../../db/schema.js';
import { EVENT_SOURCE } from '../../event-source.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { DOSSIER_CUTOFF, loadBusinessCalendar } from '../calendar/business-calendar.js';
import { ProcedureCode } from '../procedures/procedure-store.js';
import { dossierError } from './dossier-errors.js';
import { dossierCodeOf } from './dossier-code-of.js';
import { DossierDto, toDossierDto } from './dossier.dto.js';
import { takeDossierSequence } from './take-dossier-sequence.js';

/** Optional text from a form: trimmed, and absent when blank. */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${label} dài quá ${max} ký tự` })
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const ApplicantInput = z.object({
  name: z
    .string({ error: 'Họ tên người nộp phải là chuỗi ký tự' })
    .trim()
    .min(1, { error: 'Họ tên người nộp hồ sơ không được để trống' })
    .max(200, { error: 'Họ tên người nộp dài quá 200 ký tự' }),
  /** CCCD (12 digits), CMND (9), passport number…: letters and digits, stored upper case. */
  idNumber: optionalText('Số giấy tờ tùy thân', 20)
    .refine((value) => value === undefined || /^[0-9A-Za-z]{6,20}$/.test(value), {
      error: 'Số giấy tờ tùy thân chỉ gồm chữ và số, từ 6 đến 20 ký tự (CCCD có 12 số)',
    })
    .transform((value) => value?.toUpperCase()),
  /** Spaces, dots and dashes are dropped: `0912 345 678` → `0912345678`. */
  phone: optionalText('Số điện thoại', 30)
    .transform((value) => value?.replace(/[\s.-]/g, ''))
    .refine((value) => value === undefined || /^\+?\d{8,15}$/.test(value), {
      error: 'Số điện thoại không hợp lệ: từ 8 đến 15 chữ số, có thể bắt đầu bằng +',
    }),
  address: optionalText('Địa chỉ', 500),
});

export const ReceiveDossierInput = z.object({
  procedureCode: ProcedureCode,
  applicant: ApplicantInput,
  note: optionalText('Ghi chú', 2000),
});

/**
 * Receives a dossier at the one-stop desk (tiếp nhận hồ sơ) of the clerk's unit, now: under the procedure version in
 * force today in the unit's catalogue; numbered `<OrganId>-<yyMMdd>-<NNNN>` with the unit's gapless sequence of the
 * day; with the appointment of `receiveDossier` (`appointmentDate`: the time limit in working days or hours, the
 * 15:00 cut-off, the shipped schedules with the entered ones). The dossier, its sequence and `dossier.received`
 * (carrying the procedure version) commit together; an unknown procedure or one with no version in force today is
 * refused before anything is written. Returns what the receipt prints. Clerks.
 */
export const receiveNewDossier = requireRoles('van-thu')
  .input(ReceiveDossierInput)
  .output(DossierDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const today = vietnamDateOf(now);
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, today));
    const { row, procedure } = await withTransaction(ctx.db, async (tx) => {
      const versions = await tx
        .select()
        .from(procedureVersions)
        .where(and(eq(procedureVersions.orgId, orgId), eq(procedureVersions.code, input.procedureCode)));
      if (versions.length === 0)
        throw dossierError('DOSSIER_PROCEDURE_UNKNOWN', { procedureCode: input.procedureCode });
      const issued = versions.filter((version) => version.status !== 'draft');
      const inForce = effectiveVersionOn(
        issued.map((issuedVersion) => issuedVersion.definition),
        today,
      );
      const version = inForce && issued.find((candidate) => candidate.version === inForce.version);
      if (!inForce || !version) {
        throw dossierError('DOSSIER_PROCEDURE_NOT_IN_FORCE', { procedureCode: input.procedureCode, date: today });
      }
      const calendar = await loadBusinessCalendar(tx);

      const sequence = await takeDossierSequence(tx, orgId, today);
      const code = unwrap(dossierCodeOf(unit, now, sequence));
      const received = receiveDossier(
        { code, procedure: inForce, unitId: orgId, receivedAt: now, by: ctx.principal.username, ...noteOf(input.note) },
        calendar,
        { cutoff: DOSSIER_CUTOFF },
      );
      const { appointment } = received;
      const { applicant } = input;
      const [inserted] = await tx
        .insert(dossiers)
        .values({
          id: ctx.ids(),
          orgId,
          code,
          receivedOn: today,
          sequence,
          procedureVersionId: version.id,
          procedureCode: inForce.code,
          procedureVersion: inForce.version,
          procedureName: inForce.name,
          applicantName: applicant.name,
          applicantIdNumber: applicant.idNumber ?? null,
          applicantPhone: applicant.phone ?? null,
          applicantAddress: applicant.address ?? null,
          note: input.note ?? null,
          receivedAt: received.receivedAt,
          receivedBy: ctx.principal.username,
          appointmentBasis: appointment.basis,
          appointmentDate: appointment.date,
          appointmentAt: appointment.instant,
          countedFrom: appointment.countedFrom,
          clockStartAt: appointment.startAt,
          deferred: appointment.deferred,
          createdAt: now,
        })
        .returning();
      if (!inserted) throw new Error('INSERT … RETURNING gave no row');
      await enqueue(
        tx,
        intakeOutbox,
        dossierReceived,
        {
          dossierId: inserted.id,
          code,
          orgId,
          // The version as stored in the catalogue (procedureToJson's canonical form): routing works from this copy.
          procedure: { ...version.definition },
          applicant: {
            name: applicant.name,
            ...(applicant.idNumber === undefined ? {} : { idNumber: applicant.idNumber }),
            ...(applicant.phone === undefined ? {} : { phone: applicant.phone }),
          },
          receivedAt: inserted.receivedAt.toISOString(),
          receivedBy: inserted.receivedBy,
          appointment: {
            basis: appointment.basis,
            date: appointment.date,
            instant: appointment.instant.toISOString(),
            receivedOn: appointment.receivedOn,
            countedFrom: appointment.countedFrom,
            startAt: appointment.startAt.toISOString(),
            deferred: appointment.deferred,
          },
        },
        { id: ctx.ids(), source: EVENT_SOURCE, tenant: orgId, time: now },
      );
      return { row: inserted, procedure: version.definition };
    });
    ctx.onOutboxWritten();
    ctx.logger.info(
      { dossierId: row.id, code: row.code, orgId, procedure: `${row.procedureCode} v${row.procedureVersion}` },
      'dossier received',
    );
    return toDossierDto(row, procedure, unit.name);
  });

function noteOf(note: string | undefined): { note?: string } {
  return note === undefined ? {} : { note };
}
