import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { Loading } from '../../components/page-states.js';
import { describeError } from '../../errors.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { procedureKeys } from '../procedures/procedure-keys.js';
import { DurationText } from '../procedures/procedure-parts.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import type { ReceiveDossierInput } from './dossier-model.js';
import {
  RECEIVE_FIELDS,
  emptyReceiveValues,
  serverFieldMessages,
  toReceiveInput,
  type ReceiveErrors,
  type ReceiveField,
  type ReceiveValues,
} from './receive-form.js';

/** The unit's procedures with a version in force today: the only ones a dossier can be received under. */
function useProceduresInForce() {
  const { intake } = useApi();
  return useQuery({
    queryKey: procedureKeys.inForce,
    queryFn: async () => {
      const page = await intake.procedures.list.query({ includeDrafts: false, limit: 200 });
      return page.items.filter((version) => version.inForce);
    },
    staleTime: 60_000,
  });
}

/** Tiếp nhận hồ sơ: the procedure, the applicant, a note; the receipt with its appointment follows. Clerks. */
export function ReceiveDossierPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const procedures = useProceduresInForce();
  const [values, setValues] = useState<ReceiveValues>(emptyReceiveValues);
  const [errors, setErrors] = useState<ReceiveErrors>({});

  const receive = useMutation({
    mutationFn: (input: ReceiveDossierInput) => intake.dossiers.receive.mutate(input),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKeys.receipt(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: dossierKeys.received });
      void navigate(`/dossiers/${dossier.id}/receipt`, { state: { justReceived: true } });
    },
  });
  const serverMessages = receive.isError ? serverFieldMessages(describeError(receive.error).fieldIssues) : {};

  const set = (field: ReceiveField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    receive.reset();
    const result = toReceiveInput(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = RECEIVE_FIELDS.find((field) => result.errors[field]);
      if (first) document.getElementById(`dossier-receive-${first}`)?.focus();
      return;
    }
    setErrors({});
    receive.mutate(result.input);
  };

  const errorId = (field: ReceiveField) => `dossier-receive-${field}-error`;
  const fieldError = (field: ReceiveField) => {
    const key = errors[field];
    const text = key ? t(key) : serverMessages[field];
    return text ? (
      <p id={errorId(field)} className="field-error" data-testid={errorId(field)}>
        {text}
      </p>
    ) : null;
  };
  const invalid = (field: ReceiveField) =>
    errors[field] || serverMessages[field]
      ? { 'aria-invalid': true, 'aria-describedby': errorId(field) }
      : { 'aria-invalid': false };
  const fieldClass = (field: ReceiveField) =>
    errors[field] || serverMessages[field] ? 'field field-invalid' : 'field';
  const chosen = procedures.data?.find((version) => version.code === values.procedureCode);

  return (
    <section className="page dossiers-page" aria-labelledby="dossier-receive-title">
      <h1 id="dossier-receive-title">{t('dossiers.receive.title')}</h1>
      <p className="muted">{t('dossiers.receive.intro')}</p>
      {Object.keys(errors).length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="dossier-receive-invalid">
          <p>{t('dossiers.receive.fixErrors')}</p>
        </div>
      ) : null}
      {receive.isError ? <DossierErrorNotice error={receive.error} testId="dossier-receive-error" /> : null}

      <form className="form" onSubmit={submit} noValidate aria-labelledby="dossier-receive-title">
        <div className={fieldClass('procedureCode')}>
          <label htmlFor="dossier-receive-procedureCode">
            {t('dossiers.field.procedure')}
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          {procedures.isPending ? (
            <Loading />
          ) : procedures.isError ? (
            <DossierErrorNotice error={procedures.error} onRetry={() => void procedures.refetch()} />
          ) : procedures.data.length === 0 ? (
            <p className="notice" data-testid="dossier-receive-no-procedure">
              {t('dossiers.receive.noProcedure')}
            </p>
          ) : null}
          <select
            id="dossier-receive-procedureCode"
            required
            value={values.procedureCode}
            onChange={(event) => set('procedureCode', event.target.value)}
            data-testid="dossier-receive-procedure"
            {...invalid('procedureCode')}
          >
            <option value="">{t('dossiers.receive.chooseProcedure')}</option>
            {(procedures.data ?? []).map((version) => (
              <option key={version.id} value={version.code}>
                {t('dossiers.receive.procedureOption', {
                  code: version.code,
                  name: version.name,
                  version: version.version,
                })}
              </option>
            ))}
          </select>
          {chosen ? (
            <p className="hint" data-testid="dossier-receive-time-limit">
              {t('dossiers.receive.timeLimit')} <DurationText duration={chosen.timeLimit} />
            </p>
          ) : null}
          {fieldError('procedureCode')}
        </div>

        <fieldset className="dossiers-fieldset">
          <legend>{t('dossiers.receive.applicant')}</legend>
          <div className={fieldClass('name')}>
            <label htmlFor="dossier-receive-name">
              {t('dossiers.field.applicantName')}
              <span className="required" aria-hidden="true">
                {' *'}
              </span>
            </label>
            <input
              id="dossier-receive-name"
              type="text"
              required
              maxLength={200}
              autoComplete="off"
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
              data-testid="dossier-receive-applicant"
              {...invalid('name')}
            />
            {fieldError('name')}
          </div>
          <div className="field-row">
            <div className={fieldClass('idNumber')}>
              <label htmlFor="dossier-receive-idNumber">{t('dossiers.field.idNumber')}</label>
              <input
                id="dossier-receive-idNumber"
                type="text"
                maxLength={20}
                autoComplete="off"
                value={values.idNumber}
                onChange={(event) => set('idNumber', event.target.value)}
                data-testid="dossier-receive-id-number"
                {...invalid('idNumber')}
              />
              {fieldError('idNumber')}
            </div>
            <div className={fieldClass('phone')}>
              <label htmlFor="dossier-receive-phone">{t('dossiers.field.phone')}</label>
              <input
                id="dossier-receive-phone"
                type="tel"
                maxLength={30}
                autoComplete="off"
                value={values.phone}
                onChange={(event) => set('phone', event.target.value)}
                data-testid="dossier-receive-phone"
                {...invalid('phone')}
              />
              {fieldError('phone')}
            </div>
          </div>
          <div className={fieldClass('address')}>
            <label htmlFor="dossier-receive-address">{t('dossiers.field.address')}</label>
            <input
              id="dossier-receive-address"
              type="text"
              maxLength={500}
              autoComplete="off"
              value={values.address}
              onChange={(event) => set('address', event.target.value)}
              data-testid="dossier-receive-address"
              {...invalid('address')}
            />
            {fieldError('address')}
          </div>
        </fieldset>

        <div className={fieldClass('note')}>
          <label htmlFor="dossier-receive-note">{t('dossiers.field.note')}</label>
          <textarea
            id="dossier-receive-note"
            rows={3}
            maxLength={2000}
            value={values.note}
            onChange={(event) => set('note', event.target.value)}
            data-testid="dossier-receive-note"
            {...invalid('note')}
          />
          {fieldError('note')}
        </div>

        <div className="form-actions">
          <button type="submit" disabled={receive.isPending} data-testid="dossier-receive-submit">
            {receive.isPending ? t('dossiers.receive.submitting') : t('dossiers.receive.submit')}
          </button>
          <Link to="/dossiers">{t('dossiers.receive.toList')}</Link>
        </div>
      </form>
    </section>
  );
}
