import type { IncomingMessage, ServerResponse } from 'node:http';
import { authError, requireOrgId, type Principal } from '@lienthong/auth';
import { err, isDomainError, ok, type DomainError, type Result } from '@lienthong/kernel';
import { DOMAIN_KIND_TO_HTTP, authenticateRequest, type HttpRoute } from '@lienthong/service-kit';
import type { FileBytes } from '@lienthong/storage';
import { and, eq, sql } from 'drizzle-orm';
import type { IntakeDeps } from '../context.js';
import { uploads } from '../db/schema.js';
import { fileError } from './file-errors.js';

/** Uploads larger than this are refused when no limit is configured (a scanned register book is well under it). */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: DomainError, status: number = DOMAIN_KIND_TO_HTTP[error.kind]): void {
  // The same fields tRPC errors carry in `data.domain`, so the portal treats both alike.
  sendJson(res, status, {
    error: { code: error.code, message: error.messageVi, messageEn: error.messageEn, details: error.details },
  });
}

/** `X-File-Name` is URI-encoded so that Vietnamese names survive HTTP headers (`Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf`). */
function fileNameOf(req: IncomingMessage): Result<string, DomainError> {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string' || raw === '') return err(fileError('FILE_NAME_REQUIRED'));
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return err(fileError('FILE_NAME_REQUIRED'));
  }
  // Path separators and control characters never reach a file name shown or downloaded later.
  const cleaned = [...name]
    .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '_' : ch))
    .join('')
    .trim();
  return cleaned && cleaned.length <= 255 ? ok(cleaned) : err(fileError('FILE_NAME_REQUIRED'));
}

async function principalOf(deps: IntakeDeps, req: IncomingMessage): Promise<Result<Principal, DomainError>> {
  const auth = await authenticateRequest(deps.verifier, req);
  if (!auth.principal) return err(auth.authError ?? authError('TOKEN_MISSING'));
  return ok(auth.principal);
}

/**
 * `POST <prefix>`: stores the request body (a scan, a draft's file) content-addressed and records it as an upload of
 * the caller's unit; answers 201 `{ id, sha256, size, contentType, fileName }`. The body is streamed into the store,
 * never held whole; the type is checked against the first bytes and the size on every chunk, so a 2 GB body (declared
 * or chunked) is refused with 413 after at most the limit has been read, and nothing is recorded.
 * `GET <prefix>/<sha256>`: the bytes of a file that a document or an upload of the caller's unit refers to; any other
 * file is "not found", whether it exists or not.
 */
export function createFileRoute(deps: IntakeDeps, prefix: string): HttpRoute {
  const limit = deps.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
  const db = deps.database.db;

  async function upload(req: IncomingMessage, res: ServerResponse, principal: Principal, orgId: string) {
    const fileName = fileNameOf(req);
    if (!fileName.ok) return refuseUpload(req, res, fileName.error);
    const contentType = req.headers['content-type'];
    if (!contentType) return refuseUpload(req, res, fileError('FILE_CONTENT_TYPE_REQUIRED'));
    const stored = await recordUpload(deps, { username: principal.username, orgId }, req, {
      contentType,
      fileName: fileName.value,
    });
    if (!stored.ok) {
      const status = stored.error.code === 'STORAGE_TOO_LARGE' ? 413 : DOMAIN_KIND_TO_HTTP[stored.error.kind];
      return refuseUpload(req, res, stored.error, status);
    }
    sendJson(res, 201, stored.value);
  }

  /** Answers at once and closes the connection, so a client still sending a huge body stops instead of being read. */
  function refuseUpload(req: IncomingMessage, res: ServerResponse, error: DomainError, status?: number) {
    res.setHeader('connection', 'close');
    sendError(res, error, status);
    req.resume();
  }

  async function download(res: ServerResponse, orgId: string, username: string, sha256: string) {
    if (!SHA256.test(sha256)) return sendError(res, fileError('FILE_NOT_FOUND', { reference: sha256 }));
    // A file is the unit's when one of its uploads, incoming documents or outgoing drafts refers to it; the people and
    // units asked in a consultation round may read the draft's files too.
    const referenced = await db.execute<{ file_name: string; content_type: string }>(sql`
      select file_name, content_type from intake.uploads where org_id = ${orgId} and sha256 = ${sha256}
      union all
      select f.file_name, f.content_type from intake.incoming_files f
        join intake.incoming_documents d on d.id = f.document_id
        where d.org_id = ${orgId} and f.sha256 = ${sha256}
      union all
      select f.file_name, f.content_type from intake.outgoing_files f
        join intake.outgoing_documents d on d.id = f.document_id
        where d.org_id = ${orgId} and f.sha256 = ${sha256}
      union all
      select f.file_name, f.content_type from intake.outgoing_files f
        join intake.consultation_rounds r on r.document_id = f.document_id
        where f.sha256 = ${sha256} and (
          r.participants @> ${JSON.stringify([{ type: 'user', username }])}::jsonb
          or r.participants @> ${JSON.stringify([{ type: 'unit', orgId }])}::jsonb)
      limit 1`);
    const file = referenced.rows[0];
    if (!file) return sendError(res, fileError('FILE_NOT_FOUND', { reference: sha256 }));
    const bytes = await deps.files.get(sha256);
    if (!bytes.ok) return sendError(res, bytes.error);
    res.statusCode = 200;
    res.setHeader('content-type', file.content_type);
    res.setHeader('content-length', String(bytes.value.length));
    res.setHeader('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.file_name)}`);
    res.setHeader('cache-control', 'private, max-age=3600, immutable');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(bytes.value);
  }

  return {
    prefix,
    bodyLimitBytes: limit,
    handle: async (req, res) => {
      try {
        const principal = await principalOf(deps, req);
        if (!principal.ok) return refuseUpload(req, res, principal.error);
        const orgId = requireOrgId(principal.value);
        if (!orgId.ok) return refuseUpload(req, res, orgId.error);
        const rest = new URL(req.url ?? '/', 'http://localhost').pathname
          .slice(prefix.length)
          .replace(/^\/+|\/+$/g, '');
        if (req.method === 'POST' && rest === '') return await upload(req, res, principal.value, orgId.value);
        if ((req.method === 'GET' || req.method === 'HEAD') && rest !== '')
          return await download(res, orgId.value, principal.value.username, rest);
        return refuseUpload(req, res, fileError('METHOD_NOT_ALLOWED', { method: req.method ?? '?' }));
      } catch (error) {
        if (isDomainError(error)) return sendError(res, error);
        throw error;
      }
    },
  };
}

export type Upload = { id: string; sha256: string; size: number; contentType: string; fileName: string };

/**
 * Stores bytes content-addressed and records them as an upload of `uploader.orgId`: what `POST …/files` does after
 * reading the headers. A refused file (type, size, content) records nothing.
 */
export async function recordUpload(
  deps: Pick<IntakeDeps, 'files' | 'database' | 'ids' | 'clock' | 'logger'>,
  uploader: { username: string; orgId: string },
  bytes: FileBytes,
  meta: { contentType: string; fileName: string },
): Promise<Result<Upload, DomainError>> {
  const stored = await deps.files.put(bytes, meta);
  if (!stored.ok) return stored;
  const id = deps.ids();
  await deps.database.db.insert(uploads).values({
    id,
    orgId: uploader.orgId,
    sha256: stored.value.sha256,
    fileName: meta.fileName,
    contentType: stored.value.contentType,
    size: stored.value.size,
    uploadedBy: uploader.username,
    createdAt: deps.clock.now(),
  });
  deps.logger.info({ uploadId: id, orgId: uploader.orgId, size: stored.value.size }, 'file uploaded');
  return ok({ id, ...stored.value, fileName: meta.fileName });
}

/** The uploads of `orgId` named by `ids`, in that order; `UPLOAD_NOT_FOUND` names the first one that is not the unit's. */
export async function findUploads(
  db: IntakeDeps['database']['db'],
  orgId: string,
  ids: readonly string[],
): Promise<Result<(typeof uploads.$inferSelect)[], DomainError>> {
  const found = [];
  for (const id of ids) {
    const [row] = await db
      .select()
      .from(uploads)
      .where(and(eq(uploads.id, id), eq(uploads.orgId, orgId)))
      .limit(1);
    if (!row) return err(fileError('UPLOAD_NOT_FOUND', { uploadId: id }));
    found.push(row);
  }
  return ok(found);
}
