import { requireOrgId } from '@lienthong/auth';
import { documentsError } from '@lienthong/documents';
import { err, ok } from '@lienthong/kernel';
import { unwrap } from '@lienthong/service-kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { OCR_JOB_STATES } from '../../db/ocr-job.table.js';
import { incomingDocuments, incomingFiles, ocrJobs } from '../../db/schema.js';
import { HistoryEntryDto, loadHistory } from '../../history/record-history.js';
import { protectedProcedure } from '../../trpc.js';
import { IncomingDocumentDto, toIncomingDocumentDto } from './incoming-document.dto.js';

export const GetIncomingInput = z.object({ id: z.uuid({ error: 'Mã văn bản không hợp lệ' }) });

/** A file of the document, with where its OCR stands (null when the file is not a scan OCR reads). */
export const IncomingFileDto = z.object({
  id: z.uuid(),
  sha256: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  ocr: z
    .object({
      state: z.enum(OCR_JOB_STATES),
      progress: z.number(),
      engine: z.string().nullable(),
      errorCode: z.string().nullable(),
      errorMessage: z.string().nullable(),
    })
    .nullable(),
});

export const IncomingDocumentDetailDto = IncomingDocumentDto.extend({
  files: z.array(IncomingFileDto),
  history: z.array(HistoryEntryDto),
  /** The text OCR read from the scans (the first 20,000 characters), null until a job finished. */
  ocrText: z.string().nullable(),
});
export type IncomingDocumentDetailDto = z.infer<typeof IncomingDocumentDetailDto>;

const OCR_TEXT_SHOWN = 20_000;

/**
 * One incoming document of the caller's unit with its files (and their OCR state) and its history; another unit's
 * document is "not found", like one that does not exist.
 */
export const getIncoming = protectedProcedure
  .input(GetIncomingInput)
  .output(IncomingDocumentDetailDto)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const [row] = await ctx.db
      .select()
      .from(incomingDocuments)
      .where(and(eq(incomingDocuments.id, input.id), eq(incomingDocuments.orgId, orgId)))
      .limit(1);
    const document = unwrap(row ? ok(row) : err(documentsError('DOCUMENT_NOT_FOUND', { documentId: input.id })));
    const files = await ctx.db
      .select({ file: incomingFiles, job: ocrJobs })
      .from(incomingFiles)
      .leftJoin(ocrJobs, eq(ocrJobs.fileId, incomingFiles.id))
      .where(eq(incomingFiles.documentId, document.id))
      .orderBy(asc(incomingFiles.id));
    return {
      ...toIncomingDocumentDto(document),
      files: files.map(({ file, job }) => ({
        id: file.id,
        sha256: file.sha256,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        ocr: job
          ? {
              state: job.state,
              progress: job.progress,
              engine: job.engine,
              errorCode: job.errorCode,
              errorMessage: job.errorMessage,
            }
          : null,
      })),
      history: await loadHistory(ctx.db, document.id),
      ocrText: document.ocrText === null ? null : document.ocrText.slice(0, OCR_TEXT_SHOWN),
    };
  });
