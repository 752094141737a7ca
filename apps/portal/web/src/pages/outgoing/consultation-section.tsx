import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  defaultDeadlineText,
  toOpenConsultationInput,
  type ConsultationErrors,
  type ConsultationValues,
} from './consultation-form.js';
import { roundPermissions } from './outgoing-actions.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { ConsultationRound, OrgUnit, OutgoingDetail } from './outgoing-model.js';
import { UnitPicker, unitName, useUnits } from './outgoing-units.js';

/** "Lấy ý kiến": people by username and/or units, and a deadline (Vietnam time). */
function OpenRoundForm({ document }: { document: OutgoingDetail }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const units = useUnits();
  const formId = useId();
  const [values, setValues] = useState<ConsultationValues>(() => ({
    usernames: '',
    unitIds: [],
    deadline: defaultDeadlineText(new Date()),
  }));
  const [errors, setErrors] = useState<ConsultationErrors>({});
  const open = useMutation({
    mutationFn: (input: Parameters<typeof intake.outgoing.openConsultation.mutate>[0]) =>
      intake.outgoing.openConsultation.mutate(input),
    onSuccess: () => {
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    open.reset();
    const result = toOpenConsultationInput(document.id, values, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    open.mutate(result.input);
  };

  return (
    <form className="form outgoing-subform" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t('outgoing.consult.openTitle')}</h3>
      {document.files.length === 0 ? <p className="hint">{t('outgoing.consult.needsFile')}</p> : null}
      <div className={errors.participants ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${formId}-users`}>{t('outgoing.consult.users')}</label>
        <p id={`${formId}-users-hint`} className="hint">
          {t('outgoing.consult.usersHint')}
        </p>
        <input
          id={`${formId}-users`}
          type="text"
          autoComplete="off"
          value={values.usernames}
          onChange={(event) => setValues((current) => ({ ...current, usernames: event.target.value }))}
          aria-describedby={`${formId}-users-hint${errors.participants ? ` ${formId}-participants-error` : ''}`}
          aria-invalid={Boolean(errors.participants)}
          data-testid="outgoing-consult-user"
        />
      </div>
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <OutgoingErrorNotice error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <UnitPicker
          id={`${formId}-unit`}
          label={t('outgoing.consult.units')}
          units={units.data.items}
          excluded={[...values.unitIds, ...(user.orgId ? [user.orgId] : [])]}
          onPick={(unit) => setValues((current) => ({ ...current, unitIds: [...current.unitIds, unit.id] }))}
          testId="outgoing-consult-unit"
        />
      )}
      {values.unitIds.length > 0 ? (
        <ul className="outgoing-recipients" data-testid="outgoing-consult-units">
          {values.unitIds.map((orgId) => (
            <li key={orgId}>
              {unitName(units.data?.items, orgId)}{' '}
              <button
                type="button"
                className="button-link"
                aria-label={t('outgoing.recipients.remove', { name: unitName(units.data?.items, orgId) })}
                onClick={() =>
                  setValues((current) => ({ ...current, unitIds: current.unitIds.filter((id) => id !== orgId) }))
                }
              >
                {t('outgoing.recipients.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errors.participants ? (
        <p
          id={`${formId}-participants-error`}
          className="field-error"
          data-testid="outgoing-consult-participants-error"
        >
          {t(errors.participants)}
        </p>
      ) : null}
      <div className={errors.deadline ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${formId}-deadline`}>
          {t('outgoing.consult.deadline')}
          <span className="required" aria-hidden="true">
            {' *'}
          </span>
        </label>
        <p id={`${formId}-deadline-hint`} className="hint">
          {t('outgoing.consult.deadlineHint')}
        </p>
        <input
          id={`${formId}-deadline`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy hh:mm"
          required
          maxLength={16}
          value={values.deadline}
          onChange={(event) => setValues((current) => ({ ...current, deadline: event.target.value }))}
          aria-describedby={`${formId}-deadline-hint${errors.deadline ? ` ${formId}-deadline-error` : ''}`}
          aria-invalid={Boolean(errors.deadline)}
          data-testid="outgoing-consult-deadline"
        />
        {errors.deadline ? (
          <p id={`${formId}-deadline-error`} className="field-error" data-testid="outgoing-consult-deadline-error">
            {t(errors.deadline)}
          </p>
        ) : null}
      </div>
      {open.isError ? <OutgoingErrorNotice error={open.error} testId="outgoing-consult-error" /> : null}
      <div className="form-actions">
        <button type="submit" disabled={open.isPending} data-testid="outgoing-consult-open">
          {open.isPending ? t('outgoing.consult.opening') : t('outgoing.consult.open')}
        </button>
      </div>
    </form>
  );
}

/** A participant's comment box, while the round is open and before its deadline. */
function CommentForm({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const formId = useId();
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: (text: string) => intake.outgoing.comment.mutate({ roundId, body: text }),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (text) send.mutate(text);
  };
  return (
    <form className="outgoing-comment-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${formId}-body`}>{t('outgoing.consult.commentLabel')}</label>
        <textarea
          id={`${formId}-body`}
          rows={4}
          maxLength={10_000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          data-testid="outgoing-comment-body"
        />
      </div>
      {send.isError ? <OutgoingErrorNotice error={send.error} testId="outgoing-comment-error" /> : null}
      <div className="form-actions">
        <button type="submit" disabled={body.trim() === '' || send.isPending} data-testid="outgoing-comment-send">
          {send.isPending ? t('outgoing.consult.sending') : t('outgoing.consult.send')}
        </button>
      </div>
    </form>
  );
}

/** The drafter ends a round with how the comments were taken in (tổng hợp, tiếp thu, giải trình). */
function CloseRoundForm({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const formId = useId();
  const [summary, setSummary] = useState('');
  const close = useMutation({
    mutationFn: () => {
      const text = summary.trim();
      return intake.outgoing.closeConsultation.mutate({ roundId, ...(text ? { summary: text } : {}) });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: outgoingKeys.all }),
  });
  return (
    <form
      className="outgoing-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        close.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={`${formId}-summary`}>{t('outgoing.consult.summary')}</label>
        <textarea
          id={`${formId}-summary`}
          rows={3}
          maxLength={10_000}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          data-testid="outgoing-round-summary"
        />
      </div>
      {close.isError ? <OutgoingErrorNotice error={close.error} testId="outgoing-round-close-error" /> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={close.isPending}
          data-testid="outgoing-round-close"
        >
          {close.isPending ? t('outgoing.consult.closing') : t('outgoing.consult.close')}
        </button>
      </div>
    </form>
  );
}

function Round({
  round,
  index,
  document,
  units,
}: {
  round: ConsultationRound;
  index: number;
  document: OutgoingDetail;
  units: readonly OrgUnit[] | undefined;
}) {
  const { t } = useI18n();
  const { user } = useAuth();
  const { canComment, canClose, deadlinePassed } = roundPermissions(round, document, user, new Date());
  const participants = round.participants.map((participant) =>
    participant.type === 'user'
      ? participant.username
      : t('outgoing.consult.unitParticipant', { name: unitName(units, participant.orgId) }),
  );
  return (
    <article
      id={`round-${round.id}`}
      className="outgoing-round"
      data-testid="outgoing-round"
      data-status={round.status}
      aria-labelledby={`round-${round.id}-title`}
    >
      <h3 id={`round-${round.id}-title`}>
        {t('outgoing.consult.roundTitle', { number: index + 1, version: round.fileVersion })}{' '}
        <span className="status-tag">
          {round.status === 'open' ? t('outgoing.consult.statusOpen') : t('outgoing.consult.statusClosed')}
        </span>
      </h3>
      <p className="muted">
        {t('outgoing.consult.openedBy', { name: round.openedBy, at: formatDateTime(round.openedAt) })}
        <br />
        {t('outgoing.consult.deadlineAt', { at: formatDateTime(round.deadline) })}
        {round.status === 'open' && deadlinePassed ? ` — ${t('outgoing.consult.overdue')}` : ''}
        <br />
        {t('outgoing.consult.participants', { list: participants.join(', ') })}
      </p>
      {round.comments.length === 0 ? (
        <p className="muted">{t('outgoing.consult.noComments')}</p>
      ) : (
        <ol className="outgoing-comments">
          {round.comments.map((comment) => (
            <li key={comment.id} data-testid="outgoing-comment">
              <p className="outgoing-comment-meta">
                <strong>{comment.author}</strong>{' '}
                <span className="muted">
                  {unitName(units, comment.authorOrgId)} · {formatDateTime(comment.createdAt)}
                </span>
              </p>
              <p className="outgoing-comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {round.status === 'closed' ? (
        <p data-testid="outgoing-round-summary-text">
          {round.summary
            ? t('outgoing.consult.summaryText', { summary: round.summary })
            : t('outgoing.consult.closedNoSummary')}
          {round.closedBy && round.closedAt ? (
            <span className="muted">
              {' '}
              ({t('outgoing.consult.closedBy', { name: round.closedBy, at: formatDateTime(round.closedAt) })})
            </span>
          ) : null}
        </p>
      ) : null}
      {canComment ? <CommentForm roundId={round.id} /> : null}
      {canClose ? <CloseRoundForm roundId={round.id} /> : null}
    </article>
  );
}

/** Lấy ý kiến: open a round (the drafter, on a draft), the rounds with their comments, comment and close forms. */
export function ConsultationSection({ document, canOpen }: { document: OutgoingDetail; canOpen: boolean }) {
  const { t } = useI18n();
  const units = useUnits();
  return (
    <section className="outgoing-section" aria-labelledby="outgoing-consult-title">
      <h2 id="outgoing-consult-title">{t('outgoing.consult.title')}</h2>
      {canOpen ? (
        // A new version makes a refusal of the form ("no file yet") stale: the form starts afresh.
        <OpenRoundForm key={document.files.length} document={document} />
      ) : null}
      {document.rounds.length === 0 ? (
        <Empty text={t('outgoing.consult.empty')} testId="outgoing-rounds-empty" />
      ) : (
        document.rounds.map((round, index) => (
          <Round key={round.id} round={round} index={index} document={document} units={units.data?.items} />
        ))
      )}
    </section>
  );
}
