import { z } from 'zod';
import { FindRegisterEntriesInput } from './find-register-entries.schema.js';
import { OutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';

/** As for the incoming book: a year, a page size, and the `nextCursor` of the previous page (the last số đi). */
export const FindOutgoingRegisterEntriesInput = FindRegisterEntriesInput;
export type FindOutgoingRegisterEntriesInput = z.infer<typeof FindOutgoingRegisterEntriesInput>;

export const FindOutgoingRegisterEntriesOutput = z.object({
  year: z.number().int(),
  items: z.array(OutgoingRegisterEntryDto),
  nextCursor: z.number().int().positive().nullable(),
});
export type FindOutgoingRegisterEntriesOutput = z.infer<typeof FindOutgoingRegisterEntriesOutput>;
