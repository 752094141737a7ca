import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { formatDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { availableActions, type DossierAction } from './dossier-actions.js';
import { noteInput, reasonInput, toApologyInput, type FormProblem } from './dossier-command-forms.js';
import { DossierErrorNotice } from './dossier-error-notice.js';
import { dossierKeys } from './dossier-keys.js';
import type { DossierDetail, IssueApologyInput } from './dossier-model.js';

/** One command sent to routing; every one answers with the dossier as it now is. */
type Command =
  | { action: 'complete-step' | 'approve' | 'return' | 'resume'; note?: string }
  | { action: 'request-supplement' | 'refuse'; reason: string }
  | { action: 'apology'; input: IssueApologyInput };

function ProblemLine({ id, problem }: { id: string; problem: FormProblem | undefined }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <p id={id} className="field-error" data-testid={id}>
      {t(problem.key, problem.params)}
    </p>
  );
}

/**
 * What the user can do to the dossier now, by role (`availableActions`): complete the current step, ask for or take
 * in papers, approve or refuse, hand the result back, write an apology letter. Each command carries the row version
 * the page showed, so a dossier someone changed meanwhile is refused (DOSSIER_STALE) rather than overwritten.
 */
export function DossierActionsPanel({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const { routing } = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const actions = availableActions(dossier, user);
  const [note, setNote] = useState('');
  const [supplementReason, setSupplementReason] = useState('');
  const [refuseReason, setRefuseReason] = useState('');
  const [apologyReason, setApologyReason] = useState('');
  const [apologyDate, setApologyDate] = useState('');
  const [problems, setProblems] = useState<
    Partial<Record<'note' | 'supplement' | 'refuse' | 'apologyReason' | 'apologyDate', FormProblem>>
  >({});
  const ref = { id: dossier.id, version: dossier.version };

  const command = useMutation({
    mutationFn: (sent: Command): Promise<DossierDetail> => {
      switch (sent.action) {
        case 'complete-step':
          return routing.dossiers.completeStep.mutate({
            ...ref,
            ...(dossier.currentStep ? { stepId: dossier.currentStep.id } : {}),
            ...noteOf(sent.note),
          });
        case 'approve':
          return routing.dossiers.approve.mutate({ ...ref, ...noteOf(sent.note) });
        case 'return':
          return routing.dossiers.returnResult.mutate({ ...ref, ...noteOf(sent.note) });
        case 'resume':
          return routing.dossiers.resume.mutate({ ...ref, ...noteOf(sent.note) });
        case 'request-supplement':
          return routing.dossiers.requestSupplement.mutate({ ...ref, reason: sent.reason });
        case 'refuse':
          return routing.dossiers.refuse.mutate({ ...ref, reason: sent.reason });
        case 'apology':
          return routing.dossiers.issueApology.mutate(sent.input);
      }
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(dossierKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: dossierKeys.tracked });
      setNote('');
      setSupplementReason('');
      setRefuseReason('');
      setApologyReason('');
      setApologyDate('');
      setProblems({});
    },
  });

  const outcome = (
    <>
      {command.isError ? <DossierErrorNotice error={command.error} testId="dossier-action-error" /> : null}
      {command.isSuccess ? (
        <p className="notice notice-success" role="status" data-testid="dossier-action-success">
          {t(`dossiers.action.done.${command.variables.action}`)}
        </p>
      ) : null}
    </>
  );
  if (actions.length === 0) {
    // After the last possible action (the result returned, a refusal) the outcome stays on screen.
    return (
      <div className="dossiers-panel" data-testid="dossier-actions-none">
        {outcome}
        <p className="muted">{t('dossiers.action.none')}</p>
      </div>
    );
  }

  const has = (action: DossierAction) => actions.includes(action);
  const send = (sent: Command) => {
    command.reset();
    command.mutate(sent);
  };
  const withNote = (action: 'complete-step' | 'approve' | 'return' | 'resume') => {
    const checked = noteInput(note);
    if (!checked.ok) {
      setProblems({ note: checked.problem });
      return;
    }
    setProblems({});
    send({ action, ...(checked.note ? { note: checked.note } : {}) });
  };
  const withReason = (action: 'request-supplement' | 'refuse') => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = reasonInput(action === 'refuse' ? refuseReason : supplementReason);
    const field = action === 'refuse' ? 'refuse' : 'supplement';
    if (!checked.ok) {
      setProblems({ [field]: checked.problem });
      return;
    }
    setProblems({});
    send({ action, reason: checked.reason });
  };
  const apology = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toApologyInput(ref, { reason: apologyReason, date: apologyDate }, dossier.currentAppointmentDate);
    if (!checked.ok) {
      setProblems({
        ...(checked.problems.reason ? { apologyReason: checked.problems.reason } : {}),
        ...(checked.problems.date ? { apologyDate: checked.problems.date } : {}),
      });
      return;
    }
    setProblems({});
    send({ action: 'apology', input: checked.input });
  };
  const busy = command.isPending;
  const noteActions = (['complete-step', 'approve', 'return', 'resume'] as const).filter(has);

  return (
    <div className="dossiers-panel" aria-labelledby="dossier-actions-title" data-testid="dossier-actions">
      <h2 id="dossier-actions-title">{t('dossiers.action.title')}</h2>
      {outcome}

      {noteActions.length > 0 ? (
        <div className="dossiers-action-group">
          <div className={problems.note ? 'field field-invalid' : 'field'}>
            <label htmlFor="dossier-note">{t('dossiers.action.note')}</label>
            <textarea
              id="dossier-note"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={problems.note !== undefined}
              data-testid="dossier-note"
            />
            <ProblemLine id="dossier-note-error" problem={problems.note} />
          </div>
          <div className="dossiers-actions-row">
            {has('complete-step') && dossier.currentStep ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => withNote('complete-step')}
                data-testid="dossier-step-complete"
              >
                {t('dossiers.action.completeStep', { step: dossier.currentStep.name })}
              </button>
            ) : null}
            {has('approve') ? (
              <button type="button" disabled={busy} onClick={() => withNote('approve')} data-testid="dossier-approve">
                {t('dossiers.action.approve')}
              </button>
            ) : null}
            {has('return') ? (
              <button type="button" disabled={busy} onClick={() => withNote('return')} data-testid="dossier-return">
                {t('dossiers.action.return')}
              </button>
            ) : null}
            {has('resume') ? (
              <button type="button" disabled={busy} onClick={() => withNote('resume')} data-testid="dossier-resume">
                {t('dossiers.action.resume')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      {has('request-supplement') ? (
        <details className="dossiers-action-details">
          <summary data-testid="dossier-supplement-open">{t('dossiers.action.supplement')}</summary>
          <form onSubmit={withReason('request-supplement')} noValidate>
            <p className="hint">{t('dossiers.action.supplementHint')}</p>
            <div className={problems.supplement ? 'field field-invalid' : 'field'}>
              <label htmlFor="dossier-supplement-reason">{t('dossiers.action.supplementReason')}</label>
              <textarea
                id="dossier-supplement-reason"
                rows={3}
                maxLength={2000}
                value={supplementReason}
                onChange={(event) => setSupplementReason(event.target.value)}
                aria-invalid={problems.supplement !== undefined}
                data-testid="dossier-supplement-reason"
              />
              <ProblemLine id="dossier-supplement-reason-error" problem={problems.supplement} />
            </div>
            <button type="submit" disabled={busy} data-testid="dossier-supplement-submit">
              {t('dossiers.action.supplementSubmit')}
            </button>
          </form>
        </details>
      ) : null}

      {has('apology') ? (
        <details className="dossiers-action-details">
          <summary data-testid="dossier-apology-open">{t('dossiers.action.apology')}</summary>
          <form onSubmit={apology} noValidate>
            <p className="hint">
              {t('dossiers.action.apologyHint', { current: formatDate(dossier.currentAppointmentDate) })}
            </p>
            <div className={problems.apologyReason ? 'field field-invalid' : 'field'}>
              <label htmlFor="dossier-apology-reason">{t('dossiers.action.apologyReason')}</label>
              <textarea
                id="dossier-apology-reason"
                rows={3}
                maxLength={2000}
                value={apologyReason}
                onChange={(event) => setApologyReason(event.target.value)}
                aria-invalid={problems.apologyReason !== undefined}
                data-testid="dossier-apology-reason"
              />
              <ProblemLine id="dossier-apology-reason-error" problem={problems.apologyReason} />
            </div>
            <div className={problems.apologyDate ? 'field field-invalid' : 'field'}>
              <label htmlFor="dossier-apology-date">{t('dossiers.action.apologyDate')}</label>
              <p id="dossier-apology-date-hint" className="hint">
                {t('dossiers.action.dateHint')}
              </p>
              <input
                id="dossier-apology-date"
                type="text"
                inputMode="numeric"
                value={apologyDate}
                onChange={(event) => setApologyDate(event.target.value)}
                aria-invalid={problems.apologyDate !== undefined}
                aria-describedby="dossier-apology-date-hint"
                data-testid="dossier-apology-date"
              />
              <ProblemLine id="dossier-apology-date-error" problem={problems.apologyDate} />
            </div>
            <button type="submit" disabled={busy} data-testid="dossier-apology-submit">
              {t('dossiers.action.apologySubmit')}
            </button>
          </form>
        </details>
      ) : null}

      {has('refuse') ? (
        <details className="dossiers-action-details">
          <summary data-testid="dossier-refuse-open">{t('dossiers.action.refuse')}</summary>
          <form onSubmit={withReason('refuse')} noValidate>
            <p className="hint">{t('dossiers.action.refuseHint')}</p>
            <div className={problems.refuse ? 'field field-invalid' : 'field'}>
              <label htmlFor="dossier-refuse-reason">{t('dossiers.action.refuseReason')}</label>
              <textarea
                id="dossier-refuse-reason"
                rows={3}
                maxLength={2000}
                value={refuseReason}
                onChange={(event) => setRefuseReason(event.target.value)}
                aria-invalid={problems.refuse !== undefined}
                data-testid="dossier-refuse-reason"
              />
              <ProblemLine id="dossier-refuse-reason-error" problem={problems.refuse} />
            </div>
            <button
              type="submit"
              className="dossiers-button-danger"
              disabled={busy}
              data-testid="dossier-refuse-submit"
            >
              {t('dossiers.action.refuseSubmit')}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}

function noteOf(note: string | undefined): { note?: string } {
  return note ? { note } : {};
}
