import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useApi } from '../../api/api-context.js';
import { queryKeys } from '../../api/query-keys.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Empty, Loading } from '../../components/page-states.js';
import { describeError } from '../../errors.js';
import { vietnamToday } from '../../i18n/format.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { INCOMING_COLUMNS } from './incoming-columns.js';
import {
  EMPTY_VALUES,
  FIELD_LABELS,
  REGISTER_FIELDS,
  fieldErrorsFromServer,
  validateRegisterForm,
  type FieldErrors,
  type FieldMessage,
  type RegisterField,
  type RegisterInput,
  type RegisterValues,
} from './register-form.js';

const RECENT_COUNT = 10;

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

/** Vào sổ văn bản đến: the registration form, then the ten documents registered most recently. */
export function RegisterIncomingPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegisterValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [registered, setRegistered] = useState<string | null>(null);

  const recent = useQuery({
    queryKey: queryKeys.incoming.find({ limit: RECENT_COUNT }),
    queryFn: () => intake.incoming.find.query({ limit: RECENT_COUNT }),
  });

  const register = useMutation({
    mutationFn: (input: RegisterInput) => intake.incoming.register.mutate(input),
    onSuccess: (document) => {
      setRegistered(document.numberSymbol);
      setValues(EMPTY_VALUES);
      setErrors({});
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
    register.mutate(result.input);
  };

  const hasFieldErrors = REGISTER_FIELDS.some((field) => errors[field]);
  // A refusal that concerns no single field (no access, unit closed, network) is shown above the form.
  const formLevelError = register.isError && !hasFieldErrors ? register.error : null;

  return (
    <section className="page" aria-labelledby="register-title">
      <h1 id="register-title">{t('incoming.register.title')}</h1>
      <p className="muted">{t('incoming.register.intro')}</p>

      {registered ? (
        <div className="notice notice-success" role="status" data-testid="register-success">
          <p>{t('incoming.register.success', { numberSymbol: registered })}</p>
        </div>
      ) : null}
      {hasFieldErrors ? (
        <div className="notice notice-error" role="alert" data-testid="register-invalid">
          <p>{t('incoming.register.fixErrors')}</p>
        </div>
      ) : null}
      {formLevelError ? <ErrorNotice error={formLevelError} testId="register-error" /> : null}

      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="register-title">
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
        <div className="form-actions">
          <button type="submit" disabled={register.isPending} data-testid="register-submit">
            {register.isPending ? t('incoming.register.submitting') : t('incoming.register.submit')}
          </button>
        </div>
      </form>

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
