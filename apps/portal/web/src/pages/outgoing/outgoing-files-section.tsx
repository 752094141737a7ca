import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context.js';
import { Empty } from '../../components/page-states.js';
import { FileDownloadButton, StoredFilePreview, formatFileSize, useFiles } from '../../files/index.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DRAFT_FILE_ACCEPT } from './draft-form.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { OutgoingDetail, OutgoingFile } from './outgoing-model.js';

/** "Thêm phiên bản": a new file of the draft with a note on what changed (never an overwrite). */
function AddVersionForm({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const { uploadFile } = useFiles();
  const queryClient = useQueryClient();
  const formId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: async (chosen: File) => {
      const upload = await uploadFile(chosen);
      const trimmed = note.trim();
      return intake.outgoing.addVersion.mutate({
        documentId,
        uploadId: upload.id,
        ...(trimmed ? { note: trimmed } : {}),
      });
    },
    onSuccess: () => {
      setFile(null);
      setNote('');
      if (fileInput.current) fileInput.current.value = '';
      void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) add.mutate(file);
  };
  return (
    <form className="form outgoing-subform" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t('outgoing.files.addVersion')}</h3>
      <div className="field">
        <label htmlFor={`${formId}-file`}>{t('outgoing.files.file')}</label>
        <input
          ref={fileInput}
          id={`${formId}-file`}
          type="file"
          accept={DRAFT_FILE_ACCEPT}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="outgoing-version-file"
        />
      </div>
      <div className="field">
        <label htmlFor={`${formId}-note`}>{t('outgoing.files.note')}</label>
        <input
          id={`${formId}-note`}
          type="text"
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          data-testid="outgoing-version-note"
        />
      </div>
      {add.isError ? <OutgoingErrorNotice error={add.error} testId="outgoing-version-error" /> : null}
      {add.isSuccess ? (
        <div className="notice notice-success" role="status">
          <p>{t('outgoing.files.added', { version: add.data.version })}</p>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={!file || add.isPending} data-testid="outgoing-version-upload">
          {add.isPending ? t('outgoing.files.uploading') : t('outgoing.files.upload')}
        </button>
      </div>
    </form>
  );
}

/** The draft's file versions, newest first, each downloadable and viewable; a new version while the drafter holds it. */
export function OutgoingFilesSection({
  document,
  canAddVersion,
}: {
  document: OutgoingDetail;
  canAddVersion: boolean;
}) {
  const { t, locale } = useI18n();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const files: OutgoingFile[] = [...document.files].sort((a, b) => b.version - a.version);
  const shown = files.find((file) => file.id === previewed) ?? null;

  return (
    <section className="outgoing-section" aria-labelledby="outgoing-files-title">
      <h2 id="outgoing-files-title">{t('outgoing.files.title')}</h2>
      {files.length === 0 ? (
        <Empty text={t('outgoing.files.empty')} testId="outgoing-files-empty" />
      ) : (
        <div className="table-wrap">
          <table data-testid="outgoing-files">
            <caption className="visually-hidden">{t('outgoing.files.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outgoing.files.version')}</th>
                <th scope="col">{t('outgoing.files.fileName')}</th>
                <th scope="col">{t('outgoing.files.note')}</th>
                <th scope="col">{t('outgoing.files.uploaded')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('outgoing.files.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.id} data-testid="outgoing-file" data-version={file.version}>
                  <td className="nowrap">{t('outgoing.files.versionNumber', { version: file.version })}</td>
                  <td>
                    {file.fileName} <span className="muted">({formatFileSize(file.size, locale)})</span>
                  </td>
                  <td>{file.note ?? ''}</td>
                  <td className="nowrap">
                    {file.uploadedBy}
                    <br />
                    <span className="muted">{formatDateTime(file.createdAt)}</span>
                  </td>
                  <td className="nowrap outgoing-inline-actions">
                    <FileDownloadButton file={file} testId="outgoing-file-download" />
                    <button
                      type="button"
                      className="button-link"
                      aria-pressed={previewed === file.id}
                      onClick={() => setPreviewed((current) => (current === file.id ? null : file.id))}
                    >
                      {previewed === file.id ? t('outgoing.files.hidePreview') : t('outgoing.files.preview')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown ? <StoredFilePreview file={shown} testId="outgoing-file-preview" /> : null}
      {canAddVersion ? <AddVersionForm documentId={document.id} /> : null}
    </section>
  );
}
