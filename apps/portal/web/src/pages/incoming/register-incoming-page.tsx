import type { IntakeInputs, IntakeOutputs } from '@lienthong/intake-api/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { queryKeys } from '../../api/query-keys.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Empty, Loading } from '../../components/page-states.js';
import { describeError } from '../../errors.js';
import {
  DEFAULT_UPLOAD_LIMIT_BYTES,
  FilePreview,
  SCAN_ACCEPT,
  checkScanFile,
  contentTypeOf,
  describeFileError,
  formatFileSize,
  useFiles,
  type FileMessage,
  type Upload,
} from '../../files/index.js';
import { vietnamToday } from '../../i18n/format.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import {
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  isSecrecyLevel,
  isUrgencyLevel,
  mayCarryFiles,
  type SecrecyLevel,
  type UrgencyLevel,
} from './document-labels.js';
import { INCOMING_COLUMNS, incomingDetailPath } from './incoming-columns.js';
import {
  EMPTY_VALUES,
  FIELD_LABELS,
  MAX_REGISTER_FILES,
  REGISTER_FIELDS,
  attachmentsBlocker,
  fieldErrorsFromServer,
  fileRefusalOf,
  validateRegisterForm,
  type AttachmentState,
  type FieldErrors,
  type FieldMessage,
  type RegisterField,
  type RegisterValues,
} from './register-form.js';

const RECENT_COUNT = 10;

type RegisterCall = IntakeInputs['incoming']['register'];
type Registered = IntakeOutputs['incoming']['register'];

/** A file the clerk chose: being uploaded, uploaded (its upload id goes into `fileIds`), or refused. */
type Attachment = {
  key: string;
  file: File;
  state: AttachmentState;
  /** Fraction sent, 0–1. */
  progress: number;
  upload: Upload | null;
  problem: FileMessage | null;
  controller: AbortController;
};

function messageText(t: I18n['t'], message: FieldMessage): string {
  if ('text' in message) return message.text;
  const labels = Object.fromEntries(Object.entries(message.labels ?? {}).map(([name, key]) => [name, t(key)]));
  return t(message.key, { ...message.params, ...labels });
}

/** One labelled control with its hint and errors, linked by `aria-describedby` so screen readers read them. */
function Field({
  name,
  hint,
  errors,
  children,
}: {
  name: RegisterField;
  hint?: string;
  errors: readonly FieldMessage[] | undefined;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid': boolean }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = `register-${name}`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors && errors.length > 0 ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className={errorId ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {t(FIELD_LABELS[name])}
        {/* The asterisk is for the eye; the control's `required` attribute tells assistive technology. */}
        <span className="required" aria-hidden="true">
          {' *'}
        </span>
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': errorId !== null, ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {errorId ? (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {errors?.map((message) => messageText(t, message)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The chosen files and their upload state, each shown on request beside the form. */
function AttachmentList({
  attachments,
  shownKey,
  onShow,
  onRemove,
}: {
  attachments: readonly Attachment[];
  shownKey: string | null;
  onShow: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <ul className="incoming-attachments" data-testid="register-files">
      {attachments.map((attachment) => {
        const name = attachment.file.name;
        const percent = Math.round(attachment.progress * 100);
        return (
          <li
            key={attachment.key}
            className={`incoming-attachment incoming-attachment-${attachment.state}`}
            data-testid="register-file-item"
            data-state={attachment.state}
          >
            <div className="incoming-attachment-head">
              <span className="incoming-attachment-name">{name}</span>
              <span className="muted">{formatFileSize(attachment.file.size, locale)}</span>
            </div>
            {attachment.state === 'uploading' ? (
              <div className="incoming-attachment-progress" role="status" aria-live="polite">
                <progress max={100} value={percent} aria-label={name} />
                <span>{t('incoming.register.uploading', { percent })}</span>
              </div>
            ) : attachment.state === 'uploaded' ? (
              <p className="incoming-attachment-ok">{t('incoming.register.uploaded')}</p>
            ) : (
              <p className="field-error" role="alert" data-testid="register-file-error">
                {attachment.problem ? t(attachment.problem.key, attachment.problem.params) : null}
              </p>
            )}
            <div className="incoming-attachment-actions">
              {attachment.key === shownKey ? null : (
                <button
                  type="button"
                  className="button-link"
                  onClick={() => onShow(attachment.key)}
                  aria-label={t('incoming.register.showFileNamed', { fileName: name })}
                >
                  {t('incoming.register.showFile')}
                </button>
              )}
              <button
                type="button"
                className="button-link"
                onClick={() => onRemove(attachment.key)}
                aria-label={t('incoming.register.removeFileNamed', { fileName: name })}
              >
                {t('incoming.register.removeFile')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Vào sổ văn bản đến: the scan, uploaded as soon as it is chosen and shown beside the form (two columns on a wide
 * screen) so that the clerk types the metadata from it; then the ten documents registered most recently.
 */
export function RegisterIncomingPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { uploadFile } = useFiles();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegisterValues>(EMPTY_VALUES);
  const [urgency, setUrgency] = useState<UrgencyLevel>('thuong');
  const [secrecy, setSecrecy] = useState<SecrecyLevel>('thuong');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [blocker, setBlocker] = useState<ReturnType<typeof attachmentsBlocker>>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const nextKey = useRef(0);
  const filesAllowed = mayCarryFiles(secrecy);

  // Uploads still running when the page is left are cancelled.
  const attachmentsRef = useRef(attachments);
  useEffect(() => {
    attachmentsRef.current = attachments;
  }, [attachments]);
  useEffect(() => () => attachmentsRef.current.forEach((attachment) => attachment.controller.abort()), []);

  const recent = useQuery({
    queryKey: queryKeys.incoming.find({ limit: RECENT_COUNT }),
    queryFn: () => intake.incoming.find.query({ limit: RECENT_COUNT }),
  });

  const register = useMutation({
    mutationFn: (input: RegisterCall) => intake.incoming.register.mutate(input),
    onSuccess: (document) => {
      setRegistered(document);
      setValues(EMPTY_VALUES);
      setUrgency('thuong');
      setSecrecy('thuong');
      setErrors({});
      setAttachments([]);
      setShownKey(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.incoming.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.queue.all });
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromServer(describeError(error));
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors);
    },
  });

  const focusFirstInvalid = (fieldErrors: FieldErrors) => {
    const first = REGISTER_FIELDS.find((field) => fieldErrors[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#register-${first}`)?.focus();
  };

  const update = (field: RegisterField) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
  };

  const patchAttachment = useCallback((key: string, patch: Partial<Attachment>) => {
    setAttachments((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const chooseFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])].slice(0, MAX_REGISTER_FILES - attachments.length);
    // Cleared so that choosing the same file again (after removing it) fires `change` again.
    event.target.value = '';
    if (chosen.length === 0) return;
    setBlocker(null);
    const added = chosen.map((file): Attachment => {
      nextKey.current += 1;
      const problem = checkScanFile(file);
      return {
        key: `file-${nextKey.current}`,
        file,
        state: problem ? 'failed' : 'uploading',
        progress: 0,
        upload: null,
        problem,
        controller: new AbortController(),
      };
    });
    setAttachments((current) => [...current, ...added]);
    setShownKey(added.at(-1)?.key ?? null);
    for (const attachment of added) {
      if (attachment.state !== 'uploading') continue;
      uploadFile(attachment.file, {
        signal: attachment.controller.signal,
        onProgress: (progress) => patchAttachment(attachment.key, { progress }),
      }).then(
        (upload) => patchAttachment(attachment.key, { state: 'uploaded', progress: 1, upload }),
        (error: unknown) => {
          if (attachment.controller.signal.aborted) return;
          patchAttachment(attachment.key, { state: 'failed', problem: describeFileError(error) });
        },
      );
    }
  };

  const removeAttachment = (key: string) => {
    attachments.find((item) => item.key === key)?.controller.abort();
    const rest = attachments.filter((item) => item.key !== key);
    setAttachments(rest);
    if (shownKey === key) setShownKey(rest.at(-1)?.key ?? null);
    setBlocker(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRegistered(null);
    register.reset();
    const result = validateRegisterForm(values, vietnamToday(new Date()));
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid(result.errors);
      return;
    }
    setErrors({});
    const waiting = attachmentsBlocker(
      attachments.map((item) => item.state),
      filesAllowed,
    );
    setBlocker(waiting);
    if (waiting) return;
    const fileIds = filesAllowed ? attachments.flatMap((item) => (item.upload ? [item.upload.id] : [])) : [];
    register.mutate({ ...result.input, urgency, secrecy, fileIds });
  };

  const hasFieldErrors = REGISTER_FIELDS.some((field) => errors[field]);
  const refusal = register.isError ? describeError(register.error) : null;
  const fileRefusal = refusal ? fileRefusalOf(refusal) : null;
  const fileIssues = refusal?.fieldIssues['fileIds'] ?? [];
  // A refusal that concerns no single field (no access, unit closed, network) is shown above the form.
  const formLevelError = register.isError && !hasFieldErrors && !fileRefusal ? register.error : null;
  const shown = filesAllowed ? (attachments.find((item) => item.key === shownKey) ?? null) : null;

  return (
    <section className="page incoming-register-page" aria-labelledby="register-title">
      <h1 id="register-title">{t('incoming.register.title')}</h1>
      <p className="muted">{t('incoming.register.intro')}</p>

      {registered ? (
        <div className="notice notice-success incoming-register-success" role="status" data-testid="register-success">
          <div>
            <p>{t('incoming.register.success', { numberSymbol: registered.numberSymbol })}</p>
            <p>
              {t('incoming.register.successDetails', {
                incomingNumber: registered.incomingNumber ?? '—',
                count: attachmentsCount(register.variables),
              })}
            </p>
          </div>
          <Link to={incomingDetailPath(registered.id)} data-testid="register-open">
            {t('incoming.register.openRegistered')}
          </Link>
        </div>
      ) : null}
      {registered && registered.duplicates.length > 0 ? (
        <div className="notice incoming-notice-warning" role="status" data-testid="register-duplicates">
          <p>
            {t('incoming.register.duplicates', {
              numbers: registered.duplicates.map((duplicate) => duplicate.incomingNumber ?? '—').join(', '),
            })}
          </p>
        </div>
      ) : null}
      {hasFieldErrors ? (
        <div className="notice notice-error" role="alert" data-testid="register-invalid">
          <p>{t('incoming.register.fixErrors')}</p>
        </div>
      ) : null}
      {blocker ? (
        <div className="notice notice-error" role="alert" data-testid="register-files-pending">
          <p>{t(blocker)}</p>
        </div>
      ) : null}
      {fileRefusal ? (
        <div className="notice notice-error" role="alert" data-testid="register-error">
          <p>{t(fileRefusal)}</p>
        </div>
      ) : null}
      {formLevelError ? <ErrorNotice error={formLevelError} testId="register-error" /> : null}

      <div className="incoming-register-layout">
        <form
          ref={formRef}
          className="form incoming-register-form"
          onSubmit={submit}
          noValidate
          aria-labelledby="register-title"
        >
          <Field name="issuer" errors={errors.issuer}>
            {(control) => (
              <input
                {...control}
                type="text"
                required
                maxLength={255}
                value={values.issuer}
                onChange={update('issuer')}
              />
            )}
          </Field>
          <div className="field-row">
            <Field name="numberSymbol" errors={errors.numberSymbol}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  required
                  maxLength={64}
                  value={values.numberSymbol}
                  onChange={update('numberSymbol')}
                />
              )}
            </Field>
            <Field name="documentDate" errors={errors.documentDate} hint={t('incoming.register.documentDateHint')}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="dd/mm/yyyy"
                  required
                  maxLength={10}
                  value={values.documentDate}
                  onChange={update('documentDate')}
                />
              )}
            </Field>
          </div>
          <Field name="subject" errors={errors.subject}>
            {(control) => (
              <textarea
                {...control}
                required
                rows={3}
                maxLength={2000}
                value={values.subject}
                onChange={update('subject')}
              />
            )}
          </Field>
          <div className="field-row incoming-register-marks">
            <div className="field">
              <label htmlFor="register-urgency">{t('field.urgency')}</label>
              <select
                id="register-urgency"
                className="incoming-select"
                value={urgency}
                onChange={(event) => {
                  if (isUrgencyLevel(event.target.value)) setUrgency(event.target.value);
                }}
                data-testid="register-urgency"
              >
                {URGENCY_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(URGENCY_LABELS[level])}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="register-secrecy">{t('field.secrecy')}</label>
              <select
                id="register-secrecy"
                className="incoming-select"
                value={secrecy}
                onChange={(event) => {
                  if (isSecrecyLevel(event.target.value)) setSecrecy(event.target.value);
                }}
                data-testid="register-secrecy"
              >
                {SECRECY_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(SECRECY_LABELS[level])}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" disabled={register.isPending} data-testid="register-submit">
              {register.isPending ? t('incoming.register.submitting') : t('incoming.register.submit')}
            </button>
          </div>
        </form>

        <aside className="incoming-register-scan" aria-labelledby="register-scan-title">
          <h2 id="register-scan-title">{t('incoming.register.scanTitle')}</h2>
          {filesAllowed ? (
            <>
              <div className="field">
                <label htmlFor="register-file">{t('incoming.register.scanLabel')}</label>
                <p id="register-file-hint" className="hint">
                  {t('incoming.register.scanHint', { limit: formatFileSize(DEFAULT_UPLOAD_LIMIT_BYTES) })}{' '}
                  {t('incoming.register.scanConfidentialFirst')}
                </p>
                <input
                  id="register-file"
                  type="file"
                  accept={SCAN_ACCEPT}
                  multiple
                  disabled={attachments.length >= MAX_REGISTER_FILES}
                  onChange={chooseFiles}
                  aria-describedby="register-file-hint"
                  data-testid="register-file"
                />
              </div>
              {fileIssues.length > 0 ? (
                <p className="field-error" role="alert">
                  {fileIssues.join(' ')}
                </p>
              ) : null}
              <AttachmentList
                attachments={attachments}
                shownKey={shown?.key ?? null}
                onShow={setShownKey}
                onRemove={removeAttachment}
              />
              {shown ? (
                <FilePreview
                  blob={shown.file}
                  contentType={contentTypeOf(shown.file)}
                  title={t('incoming.register.previewTitle', { fileName: shown.file.name })}
                  testId="register-preview"
                />
              ) : (
                <Empty text={t('incoming.register.scanEmpty')} testId="register-preview-empty" />
              )}
            </>
          ) : (
            <div className="notice incoming-notice-warning" role="status" data-testid="register-confidential">
              <div>
                <p>{t('incoming.register.confidentialNoScan', { secrecy: t(SECRECY_LABELS[secrecy]) })}</p>
                {attachments.length > 0 ? (
                  <p>{t('incoming.register.confidentialDropped', { count: attachments.length })}</p>
                ) : null}
              </div>
            </div>
          )}
        </aside>
      </div>

      <h2 id="recent-title">{t('incoming.register.recentTitle')}</h2>
      {recent.isPending ? (
        <Loading />
      ) : recent.isError ? (
        <ErrorNotice error={recent.error} onRetry={() => void recent.refetch()} testId="recent-error" />
      ) : recent.data.items.length === 0 ? (
        <Empty text={t('list.empty')} testId="recent-empty" />
      ) : (
        <DataTable
          caption={t('incoming.register.recentTitle')}
          columns={INCOMING_COLUMNS}
          items={recent.data.items}
          testId="recent-table"
          rowTestId="recent-row"
        />
      )}
    </section>
  );
}

/** How many files the last registration sent. */
function attachmentsCount(input: RegisterCall | undefined): number {
  return input?.fileIds?.length ?? 0;
}
