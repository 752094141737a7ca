import { prepareIncomingRegistration, vietnamDateOf } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { incomingDocuments } from '../../db/schema.js';
import { findActiveUnit } from '../../organization/org-directory.js';
import { publicProcedure } from '../../trpc.js';
import { IncomingDocumentDto, toIncomingDocumentDto } from './incoming-document.dto.js';
import { RegisterIncomingInput } from './register-incoming.schema.js';

/** Registers an incoming document (vào sổ văn bản đến) for a unit that is valid today. */
export const registerIncoming = publicProcedure
  .input(RegisterIncomingInput)
  .output(IncomingDocumentDto)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const { orgId, ...metadata } = input;
    unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const draft = unwrap(prepareIncomingRegistration(metadata, { orgId, now }));
    const [row] = await ctx.db
      .insert(incomingDocuments)
      .values({ id: ctx.ids(), ...draft, createdAt: now })
      .returning();
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    ctx.logger.info({ documentId: row.id, orgId }, 'incoming document registered');
    return toIncomingDocumentDto(row);
  });
