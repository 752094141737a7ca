import { z } from 'zod';

export const FindUnitsInput = z
  .object({ date: z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' }).optional() })
  .optional();
export type FindUnitsInput = z.infer<typeof FindUnitsInput>;

export const OrgUnitDto = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  side: z.string(),
  level: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type OrgUnitDto = z.infer<typeof OrgUnitDto>;

export const FindUnitsOutput = z.object({ date: z.string(), items: z.array(OrgUnitDto) });
