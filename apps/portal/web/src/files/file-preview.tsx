import { useMutation } from '@tanstack/react-query';
import { Loading } from '../components/page-states.js';
import { useI18n } from '../i18n/i18n-context.js';
import { describeFileError } from './file-errors.js';
import { previewKindOf } from './file-types.js';
import { useFileBlob, useFiles, useObjectUrl } from './files-context.js';

/** A failed upload or download, explained in the user's language, with a retry button when given one. */
export function FileErrorNotice({ error, onRetry, testId }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t } = useI18n();
  const { key, params } = describeFileError(error);
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{t(key, params)}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('list.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * Shows a file's bytes in the page: a PDF in the browser's own viewer (`<iframe>`), an image as `<img>`, and for
 * anything else (TIFF, DOCX) a line saying it cannot be shown. `title` names the frame for screen readers.
 */
export function FilePreview({
  blob,
  contentType,
  title,
  testId,
}: {
  blob: Blob | null;
  /** The declared type; the blob's own type when absent. */
  contentType?: string;
  title: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const url = useObjectUrl(blob);
  const type = contentType ?? blob?.type ?? '';
  const kind = previewKindOf(type);
  if (kind === null) {
    return (
      <p className="files-preview-unsupported muted" data-testid={testId}>
        {t('files.preview.unsupported', { contentType: type || '?' })}
      </p>
    );
  }
  // The object URL exists only once the effect has run (never in a server-side render).
  if (!url) return <div className="files-preview files-preview-blank" data-testid={testId} aria-hidden="true" />;
  return (
    <div className="files-preview" data-testid={testId}>
      {kind === 'pdf' ? (
        <iframe className="files-preview-frame" src={url} title={title} />
      ) : (
        <img className="files-preview-image" src={url} alt={title} />
      )}
    </div>
  );
}

/** A stored file (by SHA-256), fetched with the user's token and shown with `FilePreview`. */
export function StoredFilePreview({
  file,
  testId,
}: {
  file: { sha256: string; contentType: string; fileName: string };
  testId?: string;
}) {
  const blob = useFileBlob(previewKindOf(file.contentType) === null ? null : file.sha256);
  if (previewKindOf(file.contentType) !== null) {
    if (blob.isPending) return <Loading />;
    if (blob.isError) return <FileErrorNotice error={blob.error} onRetry={() => void blob.refetch()} testId={testId} />;
  }
  return <FilePreview blob={blob.data ?? null} contentType={file.contentType} title={file.fileName} testId={testId} />;
}

/** "Tải về": fetches a stored file with the user's token and saves it under its name. */
export function FileDownloadButton({
  file,
  testId,
  className = 'button-secondary',
}: {
  file: { sha256: string; fileName: string };
  testId?: string;
  className?: string;
}) {
  const { t } = useI18n();
  const { downloadFile } = useFiles();
  const download = useMutation({ mutationFn: () => downloadFile(file.sha256, file.fileName) });
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => download.mutate()}
        disabled={download.isPending}
        aria-label={t('files.downloadNamed', { fileName: file.fileName })}
        data-testid={testId}
      >
        {download.isPending ? t('files.downloading') : t('files.download')}
      </button>
      {download.isError ? <FileErrorNotice error={download.error} /> : null}
    </>
  );
}
