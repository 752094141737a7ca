import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { createFileClient, type FileClient, type Upload, type UploadOptions } from './file-client.js';
import { DEFAULT_FILES_URL, filesUrlOf } from './files-url.js';
import { saveBlob } from './save-blob.js';

// Without a provider (server-side renders in tests) the all-in-one host's path applies.
const FilesUrlContext = createContext<string>(DEFAULT_FILES_URL);

/** Names intake's file route for the pages below, from the intake service's tRPC URL of `config.json`. */
export function FilesProvider({ intakeUrl, children }: { intakeUrl: string; children: ReactNode }) {
  const filesUrl = useMemo(() => filesUrlOf(intakeUrl), [intakeUrl]);
  return <FilesUrlContext.Provider value={filesUrl}>{children}</FilesUrlContext.Provider>;
}

/** TanStack Query key of a stored file's bytes; content-addressed, so they never go stale. */
export const fileQueryKey = (sha256: string) => ['intake', 'files', sha256] as const;

/** The file client of the signed-in session. */
export function useFileClient(): FileClient {
  const filesUrl = useContext(FilesUrlContext);
  const session = useAuth();
  return useMemo(() => createFileClient({ filesUrl, getToken: () => session.getToken() }), [filesUrl, session]);
}

export type Files = {
  /** Sends a file to intake (`POST …/files`); the upload's `id` goes into `fileIds`. Rejects with `FileRequestError`. */
  uploadFile(file: File, options?: UploadOptions): Promise<Upload>;
  /** The bytes of a stored file, from the query cache when already fetched. */
  fetchFile(sha256: string): Promise<Blob>;
  /** Fetches a stored file and saves it under `fileName`. */
  downloadFile(sha256: string, fileName: string): Promise<void>;
};

/** Upload and download of documents' files for the signed-in user. */
export function useFiles(): Files {
  const client = useFileClient();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const fetchFile = (sha256: string) =>
      queryClient.fetchQuery({
        queryKey: fileQueryKey(sha256),
        queryFn: ({ signal }) => client.fetchBlob(sha256, signal),
        staleTime: Number.POSITIVE_INFINITY,
      });
    return {
      uploadFile: (file, options) => client.upload(file, options),
      fetchFile,
      downloadFile: async (sha256, fileName) => saveBlob(await fetchFile(sha256), fileName),
    };
  }, [client, queryClient]);
}

/** The bytes of a stored file as a query (`null` fetches nothing). */
export function useFileBlob(sha256: string | null) {
  const client = useFileClient();
  return useQuery({
    queryKey: fileQueryKey(sha256 ?? ''),
    queryFn: ({ signal }) => client.fetchBlob(sha256 ?? '', signal),
    enabled: sha256 !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An object URL for `blob`, revoked when the blob changes or the component goes away. */
export function useObjectUrl(blob: Blob | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return undefined;
    }
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

/** An object URL of a stored file's bytes (for `<iframe>`, `<img>` or a link), with the query's state. */
export function useFileUrl(sha256: string | null) {
  const file = useFileBlob(sha256);
  const url = useObjectUrl(file.data);
  return {
    url,
    blob: file.data ?? null,
    isPending: sha256 !== null && file.isPending,
    error: file.error,
    retry: () => void file.refetch(),
  };
}
