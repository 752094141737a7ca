import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { formatDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/vi.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import { PROCEDURE_FILE_ACCEPT, toImportInput, type ImportProcedureInput } from './import-form.js';
import { procedureKeys } from './procedure-keys.js';
import { choosesUnit, procedurePath } from './procedure-model.js';
import { CatalogueUnitSelect } from './procedure-parts.js';

/**
 * Nhập quy trình: a procedure file (JSON) pasted or chosen from disk, imported as a draft into the unit's catalogue.
 * Intake checks everything (syntax with line and column, every field, the steps within the legal time limit) and the
 * page shows its answer as it is.
 */
export function ProcedureImportPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const orgId = choosesUnit(user) ? searchParams.get('org')?.trim() || null : null;
  const [json, setJson] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  const importer = useMutation({
    mutationFn: (input: ImportProcedureInput) => intake.procedures.import.mutate(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: procedureKeys.all }),
  });

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReadFailed(false);
    file.text().then(
      (text) => {
        setJson(text);
        setFileName(file.name);
        setInvalid(null);
        importer.reset();
      },
      () => setReadFailed(true),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    importer.reset();
    const result = toImportInput(json, orgId);
    if (!result.ok) {
      setInvalid(result.error);
      document.getElementById('procedure-import-json')?.focus();
      return;
    }
    setInvalid(null);
    importer.mutate(result.input);
  };

  const imported = importer.data;
  return (
    <section className="page dossiers-page" aria-labelledby="procedure-import-title">
      <p>
        <Link to={orgId ? `/procedures?org=${encodeURIComponent(orgId)}` : '/procedures'}>
          {t('procedures.detail.back')}
        </Link>
      </p>
      <h1 id="procedure-import-title">{t('procedures.import.title')}</h1>
      <p className="muted">{t('procedures.import.intro')}</p>

      {imported ? (
        <div className="notice notice-success" role="status" data-testid="procedure-import-success">
          <p>
            {t('procedures.import.done', {
              code: imported.code,
              version: imported.version,
              name: imported.name,
              from: formatDate(imported.effectiveFrom),
            })}
          </p>
          <p>
            <Link
              to={procedurePath(imported.code, { orgId, version: imported.version })}
              data-testid="procedure-import-open"
            >
              {t('procedures.import.open')}
            </Link>
          </p>
        </div>
      ) : null}
      {importer.isError ? <DossierErrorNotice error={importer.error} testId="procedure-import-error" /> : null}

      <form className="form" onSubmit={submit} noValidate aria-labelledby="procedure-import-title">
        {choosesUnit(user) ? (
          <CatalogueUnitSelect
            id="procedure-import-unit"
            value={orgId}
            onChange={(next) => setSearchParams(next ? { org: next } : {})}
            testId="procedure-import-unit"
          />
        ) : null}
        <div className="field">
          <label htmlFor="procedure-import-file">{t('procedures.import.file')}</label>
          <input
            id="procedure-import-file"
            type="file"
            accept={PROCEDURE_FILE_ACCEPT}
            onChange={chooseFile}
            data-testid="procedure-import-file"
          />
          {fileName ? <p className="hint">{t('procedures.import.fileRead', { name: fileName })}</p> : null}
          {readFailed ? (
            <p className="field-error" role="alert">
              {t('procedures.import.readFailed')}
            </p>
          ) : null}
        </div>
        <div className={invalid ? 'field field-invalid' : 'field'}>
          <label htmlFor="procedure-import-json">
            {t('procedures.import.json')}
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <p id="procedure-import-json-hint" className="hint">
            {t('procedures.import.jsonHint')}
          </p>
          <textarea
            id="procedure-import-json"
            className="dossiers-code-input"
            rows={18}
            spellCheck={false}
            value={json}
            onChange={(event) => {
              setJson(event.target.value);
              setFileName(null);
            }}
            aria-invalid={invalid !== null}
            aria-describedby={
              invalid ? 'procedure-import-json-hint procedure-import-json-error' : 'procedure-import-json-hint'
            }
            data-testid="procedure-import-json"
          />
          {invalid ? (
            <p id="procedure-import-json-error" className="field-error">
              {t(invalid)}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={importer.isPending} data-testid="procedure-import-submit">
            {importer.isPending ? t('procedures.import.submitting') : t('procedures.import.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
