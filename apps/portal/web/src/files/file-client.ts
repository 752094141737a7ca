import { z } from 'zod/mini';
import { FileRequestError, fileErrorFromResponse, networkFileError } from './file-errors.js';
import { contentTypeOf } from './file-types.js';
import { fileDownloadUrl } from './files-url.js';

/** What intake's file route answers for a stored upload (201); the id goes into `fileIds` of a register/draft call. */
export const Upload = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number(),
  contentType: z.string(),
  fileName: z.string(),
});
export type Upload = z.infer<typeof Upload>;

export type UploadOptions = {
  /** Called as the body leaves the browser, with the fraction sent (0–1). */
  onProgress?: (fraction: number) => void;
  /** Aborting rejects with an `AbortError` `DOMException` and stops sending. */
  signal?: AbortSignal;
};

/** One HTTP exchange of an upload; the browser's is `XMLHttpRequest`, the only API that reports upload progress. */
export type UploadTransport = (request: {
  url: string;
  headers: Readonly<Record<string, string>>;
  body: Blob;
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}) => Promise<{ status: number; body: string }>;

/** Uploads and downloads over intake's plain-HTTP file route, each with a fresh bearer token. */
export type FileClient = {
  readonly filesUrl: string;
  upload(file: File, options?: UploadOptions): Promise<Upload>;
  /** The bytes of a stored file, typed by the server's `content-type`. */
  fetchBlob(sha256: string, signal?: AbortSignal): Promise<Blob>;
};

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

/** `XMLHttpRequest` as an `UploadTransport`: progress events, abort, and the answer's status and text. */
export const xhrTransport: UploadTransport = ({ url, headers, body, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    // The server closes the connection when it refuses a body it is still receiving (too large): no status then.
    xhr.onerror = () => reject(networkFileError(new TypeError('upload failed')));
    xhr.onabort = () => reject(abortError());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });

/** Reads the 201 answer of an upload; anything else becomes a `FileRequestError`. */
export function uploadFromResponse(status: number, body: string): Upload {
  if (status !== 201 && status !== 200) throw fileErrorFromResponse(status, body);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new FileRequestError(status, null);
  }
  const upload = Upload.safeParse(json);
  if (!upload.success) throw new FileRequestError(status, null);
  return upload.data;
}

export function createFileClient(options: {
  filesUrl: string;
  getToken: () => Promise<string>;
  transport?: UploadTransport;
  fetchFn?: typeof fetch;
}): FileClient {
  const { filesUrl, getToken } = options;
  const transport = options.transport ?? xhrTransport;
  const fetchFn = options.fetchFn ?? ((input, init) => globalThis.fetch(input, init));
  return {
    filesUrl,
    async upload(file, { onProgress, signal } = {}) {
      const token = await getToken();
      const answer = await transport({
        url: filesUrl,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': contentTypeOf(file),
          // Vietnamese names do not survive raw HTTP headers: the route decodes them.
          'x-file-name': encodeURIComponent(file.name),
        },
        body: file,
        onProgress,
        signal,
      });
      return uploadFromResponse(answer.status, answer.body);
    },
    async fetchBlob(sha256, signal) {
      const token = await getToken();
      let response: Response;
      try {
        response = await fetchFn(fileDownloadUrl(filesUrl, sha256), {
          headers: { authorization: `Bearer ${token}` },
          ...(signal ? { signal } : {}),
        });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        throw networkFileError(cause);
      }
      if (!response.ok) throw fileErrorFromResponse(response.status, await response.text());
      return response.blob();
    },
  };
}
