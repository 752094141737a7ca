import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { useFiles } from '../../files/index.js';
import { Loading } from '../../components/page-states.js';
import { formatDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/vi.js';
import {
  DRAFT_FIELDS,
  DRAFT_FILE_ACCEPT,
  addRecipient,
  emptyDraft,
  externalRecipient,
  toCreateInput,
  type DraftErrors,
  type DraftField,
  type DraftValues,
} from './draft-form.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { UnitPicker, useUnits } from './outgoing-units.js';
import { outgoingKeys } from './outgoing-keys.js';
import {
  SECRECY_LEVELS,
  URGENCY_LEVELS,
  draftKindsFor,
  mayBeLegalNormative,
  needsUnitCode,
  systemOfUnit,
  type DocumentSystem,
} from './outgoing-model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A field's error line, linked from its control by `aria-describedby`. */
function FieldError({ id, message }: { id: string; message: MessageKey | undefined }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <p id={id} className="field-error" data-testid={`${id}`}>
      {t(message)}
    </p>
  );
}

/** The incoming document this draft answers (`?replyTo=`), loaded to show its number and subject. */
function ReplyToBanner({ incomingId }: { incomingId: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const incoming = useQuery({
    queryKey: outgoingKeys.incoming(incomingId),
    queryFn: () => intake.incoming.get.query({ id: incomingId }),
  });
  return (
    <div className="notice outgoing-reply-to" data-testid="outgoing-new-reply-to">
      {incoming.isPending ? (
        <Loading />
      ) : incoming.isError ? (
        <div>
          <p>{t('outgoing.new.replyToUnknown')}</p>
          <OutgoingErrorNotice error={incoming.error} onRetry={() => void incoming.refetch()} />
        </div>
      ) : (
        <p>
          {t('outgoing.new.replyTo', {
            numberSymbol: incoming.data.numberSymbol,
            documentDate: formatDate(incoming.data.documentDate),
            issuer: incoming.data.issuer,
          })}
          <br />
          <span className="muted">{incoming.data.subject}</span>
        </p>
      )}
    </div>
  );
}

/** Soạn dự thảo: the draft's kind, symbol codes, subject, urgency, secrecy, recipients and first file. */
export function NewOutgoingPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { uploadFile } = useFiles();
  const [searchParams] = useSearchParams();
  const replyParam = searchParams.get('replyTo');
  const replyTo = replyParam && UUID.test(replyParam) ? replyParam : null;
  const formId = useId();

  const units = useUnits();
  const system: DocumentSystem = systemOfUnit(units.data?.items, user.orgId);
  const [values, setValues] = useState<DraftValues>(() => emptyDraft('state', replyTo));
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [externalName, setExternalName] = useState('');
  const [externalOrganId, setExternalOrganId] = useState('');
  // A Party unit's form starts from its own defaults once the directory says which system the unit belongs to.
  const [systemApplied, setSystemApplied] = useState<DocumentSystem>('state');
  if (system !== systemApplied) {
    setSystemApplied(system);
    setValues((current) => ({
      ...emptyDraft(system, replyTo),
      subject: current.subject,
      recipients: current.recipients,
    }));
  }

  const create = useMutation({
    mutationFn: async ({ values: submitted, file: chosen }: { values: DraftValues; file: File | null }) => {
      const uploadId = chosen ? (await uploadFile(chosen)).id : undefined;
      const result = toCreateInput(submitted, system, uploadId);
      if (!result.ok) throw new Error('the form was checked before sending');
      return intake.outgoing.create.mutate(result.input);
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
      void navigate(`/outgoing/${created.id}`);
    },
  });

  const set = <K extends keyof DraftValues>(field: K, value: DraftValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    const result = toCreateInput(values, system);
    if (!result.ok) {
      setErrors(result.errors);
      const first = DRAFT_FIELDS.find((field) => result.errors[field]);
      if (first) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setErrors({});
    create.mutate({ values, file });
  };

  const addExternal = () => {
    const recipient = externalRecipient(externalName, externalOrganId);
    if (!recipient) return;
    set('recipients', addRecipient(values.recipients, recipient));
    setExternalName('');
    setExternalOrganId('');
  };

  const kinds = draftKindsFor(system);
  const withUnitCode = needsUnitCode(system, values.kindCode);
  const withLegalNormative = mayBeLegalNormative(system, values.kindCode);
  const unitItems = units.data?.items ?? [];
  const fieldId = (field: DraftField) => `${formId}-${field}`;
  const errorId = (field: DraftField) => `outgoing-new-${field}-error`;
  const invalid = (field: DraftField) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : { 'aria-invalid': false };

  return (
    <section className="page outgoing-page" aria-labelledby="outgoing-new-title">
      <p>
        <Link to="/outgoing">{t('outgoing.detail.backToList')}</Link>
      </p>
      <h1 id="outgoing-new-title">{t('outgoing.new.title')}</h1>
      <p className="muted">{t('outgoing.new.intro')}</p>
      {replyTo ? <ReplyToBanner incomingId={replyTo} /> : null}
      {Object.keys(errors).length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="outgoing-new-invalid">
          <p>{t('outgoing.new.fixErrors')}</p>
        </div>
      ) : null}
      {create.isError ? <OutgoingErrorNotice error={create.error} testId="outgoing-new-error" /> : null}
      {units.isError ? <OutgoingErrorNotice error={units.error} onRetry={() => void units.refetch()} /> : null}

      <form className="form" onSubmit={submit} noValidate aria-labelledby="outgoing-new-title">
        <p className="hint">{t(system === 'party' ? 'outgoing.new.systemParty' : 'outgoing.new.systemState')}</p>
        <div className="field-row outgoing-field-row">
          <div className={errors.kindCode ? 'field field-invalid' : 'field'}>
            <label htmlFor={fieldId('kindCode')}>
              {t('outgoing.field.kind')}
              <span className="required" aria-hidden="true">
                {' *'}
              </span>
            </label>
            <select
              id={fieldId('kindCode')}
              required
              value={values.kindCode}
              onChange={(event) => set('kindCode', event.target.value)}
              data-testid="outgoing-new-kind"
              {...invalid('kindCode')}
            >
              <option value="">{t('outgoing.new.chooseKind')}</option>
              {kinds.map((kind) => (
                <option key={kind.code} value={kind.code}>
                  {kind.abbreviation ? `${kind.name} (${kind.abbreviation})` : kind.name}
                </option>
              ))}
            </select>
            <FieldError id={errorId('kindCode')} message={errors.kindCode} />
          </div>
          <div className={errors.issuerCode ? 'field field-invalid' : 'field'}>
            <label htmlFor={fieldId('issuerCode')}>
              {t('outgoing.field.issuerCode')}
              <span className="required" aria-hidden="true">
                {' *'}
              </span>
            </label>
            <input
              id={fieldId('issuerCode')}
              type="text"
              required
              maxLength={30}
              autoComplete="off"
              value={values.issuerCode}
              onChange={(event) => set('issuerCode', event.target.value)}
              data-testid="outgoing-new-issuer-code"
              {...invalid('issuerCode')}
            />
            <FieldError id={errorId('issuerCode')} message={errors.issuerCode} />
          </div>
        </div>
        {withUnitCode ? (
          <div className={errors.unitCode ? 'field field-invalid' : 'field'}>
            <label htmlFor={fieldId('unitCode')}>
              {t('outgoing.field.unitCode')}
              <span className="required" aria-hidden="true">
                {' *'}
              </span>
            </label>
            <p id={`${fieldId('unitCode')}-hint`} className="hint">
              {t('outgoing.new.unitCodeHint')}
            </p>
            <input
              id={fieldId('unitCode')}
              type="text"
              required
              maxLength={30}
              autoComplete="off"
              value={values.unitCode}
              onChange={(event) => set('unitCode', event.target.value)}
              data-testid="outgoing-new-unit-code"
              {...invalid('unitCode')}
            />
            <FieldError id={errorId('unitCode')} message={errors.unitCode} />
          </div>
        ) : null}
        {withLegalNormative ? (
          <div className="field outgoing-checkbox">
            <label>
              <input
                type="checkbox"
                checked={values.legalNormative}
                onChange={(event) => set('legalNormative', event.target.checked)}
                data-testid="outgoing-new-legal-normative"
              />{' '}
              {t('outgoing.new.legalNormative')}
            </label>
          </div>
        ) : null}
        <div className={errors.subject ? 'field field-invalid' : 'field'}>
          <label htmlFor={fieldId('subject')}>
            {t('outgoing.field.subject')}
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <textarea
            id={fieldId('subject')}
            required
            rows={3}
            maxLength={2000}
            value={values.subject}
            onChange={(event) => set('subject', event.target.value)}
            data-testid="outgoing-new-subject"
            {...invalid('subject')}
          />
          <FieldError id={errorId('subject')} message={errors.subject} />
        </div>
        <div className="field-row outgoing-field-row">
          <div className="field">
            <label htmlFor={`${formId}-urgency`}>{t('outgoing.field.urgency')}</label>
            <select
              id={`${formId}-urgency`}
              value={values.urgency}
              onChange={(event) => set('urgency', event.target.value as DraftValues['urgency'])}
              data-testid="outgoing-new-urgency"
            >
              {URGENCY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`outgoing.urgency.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-secrecy`}>{t('outgoing.field.secrecy')}</label>
            <select
              id={`${formId}-secrecy`}
              value={values.secrecy}
              onChange={(event) => set('secrecy', event.target.value as DraftValues['secrecy'])}
              data-testid="outgoing-new-secrecy"
            >
              {SECRECY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`outgoing.secrecy.${level}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <fieldset
          className={errors.recipients ? 'outgoing-fieldset field-invalid' : 'outgoing-fieldset'}
          id={fieldId('recipients')}
          tabIndex={-1}
        >
          <legend>{t('outgoing.field.recipients')}</legend>
          {values.recipients.length === 0 ? (
            <p className="muted">{t('outgoing.recipients.none')}</p>
          ) : (
            <ul className="outgoing-recipients" data-testid="outgoing-new-recipients">
              {values.recipients.map((recipient, index) => (
                <li
                  key={recipient.type === 'internal' ? `i:${recipient.orgId}` : `e:${recipient.name}`}
                  data-testid="outgoing-new-recipient"
                >
                  {recipient.name}{' '}
                  <span className="muted">
                    {recipient.type === 'internal'
                      ? t('outgoing.recipients.internalTag')
                      : recipient.organId
                        ? t('outgoing.recipients.externalWithId', { organId: recipient.organId })
                        : t('outgoing.recipients.externalTag')}
                  </span>{' '}
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('outgoing.recipients.remove', { name: recipient.name })}
                    onClick={() =>
                      set(
                        'recipients',
                        values.recipients.filter((_, position) => position !== index),
                      )
                    }
                  >
                    {t('outgoing.recipients.removeShort')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {units.isPending ? (
            <Loading />
          ) : (
            <UnitPicker
              id={`${formId}-recipient-unit`}
              label={t('outgoing.recipients.addInternal')}
              units={unitItems}
              excluded={[
                ...(user.orgId ? [user.orgId] : []),
                ...values.recipients.flatMap((recipient) => (recipient.type === 'internal' ? [recipient.orgId] : [])),
              ]}
              onPick={(unit) =>
                set(
                  'recipients',
                  addRecipient(values.recipients, { type: 'internal', orgId: unit.id, name: unit.name }),
                )
              }
              testId="outgoing-new-recipient-unit"
            />
          )}
          <div className="outgoing-external">
            <div className="field">
              <label htmlFor={`${formId}-external-name`}>{t('outgoing.recipients.externalName')}</label>
              <input
                id={`${formId}-external-name`}
                type="text"
                maxLength={255}
                value={externalName}
                onChange={(event) => setExternalName(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addExternal();
                  }
                }}
                data-testid="outgoing-new-recipient-external-name"
              />
            </div>
            <div className="field">
              <label htmlFor={`${formId}-external-organ`}>{t('outgoing.recipients.externalOrganId')}</label>
              <input
                id={`${formId}-external-organ`}
                type="text"
                maxLength={64}
                placeholder="000.00.00.H56"
                value={externalOrganId}
                onChange={(event) => setExternalOrganId(event.target.value)}
                data-testid="outgoing-new-recipient-external-organ-id"
              />
            </div>
            <button
              type="button"
              className="button-secondary"
              onClick={addExternal}
              disabled={externalName.trim() === ''}
              data-testid="outgoing-new-recipient-external-add"
            >
              {t('outgoing.recipients.addExternal')}
            </button>
          </div>
          <FieldError id={errorId('recipients')} message={errors.recipients} />
        </fieldset>

        <div className="field">
          <label htmlFor={`${formId}-file`}>{t('outgoing.new.file')}</label>
          <p id={`${formId}-file-hint`} className="hint">
            {t('outgoing.new.fileHint')}
          </p>
          <input
            id={`${formId}-file`}
            type="file"
            accept={DRAFT_FILE_ACCEPT}
            aria-describedby={`${formId}-file-hint`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="outgoing-new-file"
          />
        </div>

        <div className="form-actions">
          <button type="submit" disabled={create.isPending} data-testid="outgoing-new-submit">
            {create.isPending ? t('outgoing.new.submitting') : t('outgoing.new.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
