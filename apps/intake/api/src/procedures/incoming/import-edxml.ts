import { requireOrgId } from '@lienthong/auth';
import {
  IncomingDocumentInput,
  URGENCY_LEVELS,
  edxmlError,
  parseEdxmlEnvelope,
  prepareIncomingRegistration,
  vietnamDateOf,
  type EdxmlDocument,
} from '@lienthong/documents';
import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { ImportEdxmlInput, ImportEdxmlOutput } from './import-edxml.schema.js';
import { findEarlierDuplicates, registerDraft, type AttachedFile } from './register-draft.js';

/**
 * The registration form's fields from an edXML document. A Party notation (`KL/TW`) joins its number with a hyphen
 * (`82-KL/TW`), a State one (`QĐ-UBND`) with a slash (`12/QĐ-UBND`); Priority 0–3 is the urgency in order.
 */
function formFields(document: EdxmlDocument): Result<IncomingDocumentInput, DomainError> {
  const separator = document.codeNotation.includes('/') ? '-' : '/';
  const fields = IncomingDocumentInput.safeParse({
    issuer: document.from.organName,
    numberSymbol: `${document.codeNumber}${separator}${document.codeNotation}`,
    documentDate: document.promulgationDate,
    subject: document.subject,
    urgency: URGENCY_LEVELS[document.priority] ?? 'thuong',
  });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    return err(edxmlError('EDXML_FIELD_INVALID', { field: issue?.path.join('.') ?? '?', value: issue?.message ?? '' }));
  }
  return ok(fields.data);
}

/**
 * Registers an incoming document from an edXML package sent by another organisation: the package is read safely
 * (no DTD or entities, size and depth limits), its metadata goes through the same rules as the form, its files are
 * stored content-addressed, and the document is numbered and announced like any other. A refused package stores
 * nothing in the register and uses no number.
 */
export const importEdxml = requireRoles('van-thu')
  .input(ImportEdxmlInput)
  .output(ImportEdxmlOutput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    const envelope = unwrap(parseEdxmlEnvelope(input.xml));
    const fields = unwrap(formFields(envelope.document));
    const draft = unwrap(prepareIncomingRegistration(IncomingDocumentInput.parse(fields), { orgId, now }));
    const duplicates = await findEarlierDuplicates(ctx, draft);
    // Files first: the store is content-addressed, so a later failure leaves at most unreferenced blobs, never a
    // register entry without its files.
    const files: AttachedFile[] = [];
    for (const attachment of envelope.attachments) {
      const stored = unwrap(
        await ctx.files.put(attachment.bytes, { contentType: attachment.contentType, fileName: attachment.name }),
      );
      files.push({ ...stored, fileName: attachment.name });
    }
    const document = await registerDraft(ctx, unit, draft, files, 'edxml');
    return {
      ...document,
      duplicates,
      files: files.map(({ sha256, fileName, contentType, size }) => ({ sha256, fileName, contentType, size })),
    };
  });
