import { IncomingDocumentInput } from '@lienthong/documents';
import { z } from 'zod';

/**
 * The registering unit comes in the input until sign-on arrives; then it comes from the caller's token (`org_id`).
 */
export const RegisterIncomingInput = IncomingDocumentInput.extend({
  orgId: z.string({ error: 'Đơn vị đăng ký là bắt buộc' }).min(1, { error: 'Đơn vị đăng ký là bắt buộc' }),
});
export type RegisterIncomingInput = z.infer<typeof RegisterIncomingInput>;
