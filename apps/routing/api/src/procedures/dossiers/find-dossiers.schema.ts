import { DOSSIER_STATES } from '@lienthong/workflows';
import { z } from 'zod';
import { DossierSummaryDto } from './dossier.dto.js';

export const FindDossiersInput = z
  .object({
    /** Any of these states. */
    status: z.array(z.enum(DOSSIER_STATES)).min(1).optional(),
    /** true: open dossiers a result given now would be late for (quá hạn); false: every other dossier. */
    overdue: z.boolean().optional(),
    procedureCode: z.string().trim().min(1).max(64).optional(),
    /** Words of the dossier code, the applicant's name or id number; accents and case ignored. */
    q: z.string().trim().max(200, { error: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.uuid({ error: 'Con trỏ trang không hợp lệ' }).optional(),
  })
  .default({ limit: 20 });
export type FindDossiersInput = z.infer<typeof FindDossiersInput>;

export const FindDossiersOutput = z.object({ items: z.array(DossierSummaryDto), nextCursor: z.uuid().nullable() });

export const FindMyStepsInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });
export type FindMyStepsInput = z.infer<typeof FindMyStepsInput>;

export const FindMyStepsOutput = z.object({ items: z.array(DossierSummaryDto), total: z.number().int() });

export const GetDossierInput = z.object({ id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }) });
