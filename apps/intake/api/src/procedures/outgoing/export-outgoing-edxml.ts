import { requireOrgId } from '@lienthong/auth';
import {
  ORGAN_ID_PATTERN,
  PARTY_DOCUMENT_KINDS,
  STATE_DOCUMENT_KINDS,
  COPY_KINDS,
  URGENCY_LEVELS,
  assertMayDispatchElectronically,
  buildEdxmlEnvelope,
  registerError,
  OUTGOING_STATE_LABELS,
  vietnamDateOf,
} from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { z } from 'zod';
import { findActiveUnit } from '../../organization/org-directory.js';
import { requireRoles } from '../../trpc.js';
import { outgoingError } from './outgoing-errors.js';
import { latestFile, loadOutgoing } from './outgoing-store.js';

export const ExportOutgoingEdxmlInput = z.object({
  documentId: z.uuid({ error: 'Mã văn bản không hợp lệ' }),
  /** Địa danh ban hành as printed under the national motto (`Thanh Hóa`, `Hoằng Hóa`). */
  promulgationPlace: z
    .string({ error: 'Địa danh là bắt buộc' })
    .trim()
    .min(1, { error: 'Địa danh không được để trống' })
    .max(100, { error: 'Địa danh dài quá 100 ký tự' }),
});

function kindName(system: 'state' | 'party', kindCode: string): string {
  const all = [...(system === 'party' ? PARTY_DOCUMENT_KINDS : STATE_DOCUMENT_KINDS), ...COPY_KINDS];
  return all.find((kind) => kind.code === kindCode)?.name ?? kindCode;
}

/**
 * The edXML package (QCVN 102:2016) of an issued document for its outside recipients that have an organ id: metadata,
 * signer, urgency as Priority, and the issued file byte for byte. Confidential documents never travel electronically;
 * a unit without an electronic organ id cannot send.
 */
export const exportOutgoingEdxml = requireRoles('van-thu')
  .input(ExportOutgoingEdxmlInput)
  .output(z.object({ xml: z.string(), fileName: z.string() }))
  .query(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const orgId = unwrap(requireOrgId(ctx.principal));
    const row = unwrap(await loadOutgoing(ctx.db, orgId, input.documentId));
    if (row.status !== 'issued' || !row.numberSymbol || row.outgoingNumber === null || !row.issuedDate) {
      throw registerError('TRANSITION_NOT_ALLOWED', {
        from: row.status,
        to: 'issued',
        command: 'export',
        fromLabel: OUTGOING_STATE_LABELS[row.status],
        toLabel: OUTGOING_STATE_LABELS.issued,
      });
    }
    unwrap(assertMayDispatchElectronically(row));
    const unit = unwrap(await findActiveUnit(ctx.db, orgId, vietnamDateOf(now)));
    if (!unit.code || !ORGAN_ID_PATTERN.test(unit.code))
      throw outgoingError('EDXML_ORGAN_ID_MISSING', { unitName: unit.name });
    const to = row.recipients.flatMap((recipient) =>
      recipient.type === 'external' && recipient.organId
        ? [{ organId: recipient.organId, organName: recipient.name }]
        : [],
    );
    if (to.length === 0) throw outgoingError('EDXML_NO_EXTERNAL_RECIPIENT');
    const file = await latestFile(ctx.db, row.id);
    if (!file) throw outgoingError('OUTGOING_NO_FILE');
    const bytes = unwrap(await ctx.files.get(file.sha256));
    // `12/QĐ-UBND` → 12 and `QĐ-UBND`; Party `82-KL/HU` → 82 and `KL/HU`.
    const notation = row.numberSymbol.slice(row.numberSymbol.search(/[/-]/) + 1);
    const xml = unwrap(
      buildEdxmlEnvelope(
        {
          from: { organId: unit.code, organName: unit.name },
          to,
          codeNumber: String(row.outgoingNumber),
          codeNotation: notation,
          promulgationPlace: input.promulgationPlace,
          promulgationDate: row.issuedDate,
          // QCVN 102's Type/TypeDetail code list is not verified yet (vn-egov.md §3 [U]): Type 1 as in its examples,
          // and the kind's name, which receivers read.
          documentType: { type: 1, typeName: kindName(row.documentSystem, row.kindCode) },
          subject: row.subject,
          signer: { fullName: (row.signerName ?? row.signedBy ?? ctx.principal.username).slice(0, 50) },
          priority: URGENCY_LEVELS.indexOf(row.urgency) as 0 | 1 | 2 | 3,
          toPlaces: row.recipients.map((recipient) => recipient.name.slice(0, 150)),
        },
        [{ name: file.fileName, contentType: file.contentType, bytes }],
        { sentAt: now },
      ),
    );
    return { xml, fileName: `${row.numberSymbol.replace(/[/\\]/g, '_')}.edxml` };
  });
