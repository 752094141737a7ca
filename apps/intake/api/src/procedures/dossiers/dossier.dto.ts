import { TimeLimit, type ProcedureDefinition } from '@lienthong/workflows';
import { z } from 'zod';
import type { DossierRow } from '../../db/dossier.table.js';
import { AppointmentDto } from '../calendar/appointment.dto.js';
import { DOSSIER_CUTOFF } from '../calendar/business-calendar.js';

/**
 * A received dossier as the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) shows it: code, applicant, procedure
 * and version, when and by whom it was received, the appointment, and the papers the procedure lists.
 */
export const DossierDto = z.object({
  id: z.uuid(),
  code: z.string(),
  orgId: z.string(),
  /** The receiving unit's name (null if it left the directory). */
  unitName: z.string().nullable(),
  procedure: z.object({
    /** The catalogue version (`procedures.get` by code and version). */
    versionId: z.uuid(),
    code: z.string(),
    version: z.string(),
    name: z.string(),
    timeLimit: TimeLimit,
  }),
  applicant: z.object({
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  note: z.string().nullable(),
  receivedAt: z.date(),
  receivedBy: z.string(),
  appointment: AppointmentDto,
  /**
   * The papers of the dossier as the procedure version lists them: the names of its records to keep (hồ sơ cần lưu),
   * the only list a procedure file has; empty when it lists none.
   */
  documents: z.array(z.object({ name: z.string(), keptBy: z.string() })),
});
export type DossierDto = z.infer<typeof DossierDto>;

export function toDossierDto(row: DossierRow, procedure: ProcedureDefinition, unitName: string | null): DossierDto {
  return {
    id: row.id,
    code: row.code,
    orgId: row.orgId,
    unitName,
    procedure: {
      versionId: row.procedureVersionId,
      code: row.procedureCode,
      version: row.procedureVersion,
      name: row.procedureName,
      timeLimit: procedure.timeLimit,
    },
    applicant: {
      name: row.applicantName,
      idNumber: row.applicantIdNumber,
      phone: row.applicantPhone,
      address: row.applicantAddress,
    },
    note: row.note,
    receivedAt: row.receivedAt,
    receivedBy: row.receivedBy,
    appointment: {
      basis: row.appointmentBasis,
      date: row.appointmentDate,
      instant: row.appointmentAt,
      receivedOn: row.receivedOn,
      countedFrom: row.countedFrom,
      startAt: row.clockStartAt,
      deferred: row.deferred,
      cutoff: DOSSIER_CUTOFF,
    },
    documents: procedure.records.map(({ name, keptBy }) => ({ name, keptBy })),
  };
}
