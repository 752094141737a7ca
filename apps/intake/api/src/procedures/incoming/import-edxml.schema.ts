import { z } from 'zod';
import { RegisterIncomingOutput } from './register-incoming.js';

/** An edXML package (QCVN 102:2016) as text; files travel inside it, base64-encoded. */
export const ImportEdxmlInput = z.object({
  xml: z.string({ error: 'Gói edXML là bắt buộc' }).min(1, { error: 'Gói edXML trống' }),
});

export const ImportEdxmlOutput = RegisterIncomingOutput.extend({
  files: z.array(z.object({ sha256: z.string(), fileName: z.string(), contentType: z.string(), size: z.number() })),
});
