import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context.js';
import { saveBlob } from '../../files/index.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { OutgoingAction } from './outgoing-actions.js';
import { OutgoingErrorNotice } from './outgoing-error-notice.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { OutgoingDetail } from './outgoing-model.js';

/** The moves done with one click; the others ask for a reason, a replacement or a place name first. */
const ONE_CLICK = ['submit', 'approve', 'sign', 'issue'] as const;
type OneClick = (typeof ONE_CLICK)[number];
type WithForm = 'sendBack' | 'recall' | 'replace' | 'exportEdxml';

const TEST_IDS: Readonly<Record<OneClick | WithForm, string>> = {
  submit: 'outgoing-submit',
  approve: 'outgoing-approve',
  sign: 'outgoing-sign',
  issue: 'outgoing-issue',
  sendBack: 'outgoing-send-back',
  recall: 'outgoing-recall',
  replace: 'outgoing-replace',
  exportEdxml: 'outgoing-export-edxml',
};

function isOneClick(action: OutgoingAction): action is OneClick {
  return (ONE_CLICK as readonly string[]).includes(action);
}

/** The other issued documents of the unit, one of which replaces this one (Điều 18.3). */
function ReplacementSelect({
  id,
  documentId,
  value,
  onChange,
}: {
  id: string;
  documentId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const { intake } = useApi();
  const input = { status: ['issued' as const], limit: 100 };
  const issued = useQuery({
    queryKey: outgoingKeys.find(input),
    queryFn: () => intake.outgoing.find.query(input),
  });
  const choices = (issued.data?.items ?? []).filter((item) => item.id !== documentId);
  return (
    <div className="field">
      <label htmlFor={id}>{t('outgoing.actions.replacement')}</label>
      {issued.isError ? <OutgoingErrorNotice error={issued.error} onRetry={() => void issued.refetch()} /> : null}
      <select
        id={id}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={issued.isPending}
        data-testid="outgoing-replacement"
      >
        <option value="">
          {issued.isPending
            ? t('app.loading')
            : choices.length === 0
              ? t('outgoing.actions.noReplacement')
              : t('outgoing.actions.chooseReplacement')}
        </option>
        {choices.map((item) => (
          <option key={item.id} value={item.id}>
            {item.numberSymbol ?? '—'} — {item.subject}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The moves the user may make on the document now (availableActions): submit, approve, send back, sign, issue,
 * recall, replace, export edXML. Moves that need a reason open a small form first; refusals are explained below.
 */
export function OutgoingActionsPanel({
  document,
  actions,
}: {
  document: OutgoingDetail;
  actions: readonly OutgoingAction[];
}) {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const formId = useId();
  const [open, setOpen] = useState<WithForm | null>(null);
  const [reason, setReason] = useState('');
  const [replacementId, setReplacementId] = useState('');
  const [place, setPlace] = useState('');
  const [done, setDone] = useState<OneClick | WithForm | null>(null);

  const move = useMutation({
    mutationFn: async (action: OneClick | WithForm) => {
      const documentId = document.id;
      switch (action) {
        case 'submit':
          return intake.outgoing.submit.mutate({ documentId });
        case 'approve':
          return intake.outgoing.approve.mutate({ documentId });
        case 'sign':
          return intake.outgoing.sign.mutate({ documentId });
        case 'issue':
          return intake.outgoing.issue.mutate({ documentId });
        case 'sendBack':
          return intake.outgoing.sendBack.mutate({ documentId, reason: reason.trim() });
        case 'recall':
          return intake.outgoing.recall.mutate({ documentId, reason: reason.trim() });
        case 'replace':
          return intake.outgoing.replace.mutate({ documentId, replacementId, reason: reason.trim() });
        case 'exportEdxml': {
          const file = await intake.outgoing.exportEdxml.query({ documentId, promulgationPlace: place.trim() });
          saveBlob(new Blob([file.xml], { type: 'application/xml' }), file.fileName);
          return null;
        }
      }
    },
    onSuccess: (_result, action) => {
      setDone(action);
      setOpen(null);
      setReason('');
      setReplacementId('');
      if (action !== 'exportEdxml') void queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });

  // A refusal such as "no file yet" is stale once a version is uploaded.
  const { reset } = move;
  const fileCount = document.files.length;
  useEffect(() => reset(), [fileCount, reset]);

  const visible = actions.filter((action) => action !== 'addVersion' && action !== 'openConsultation');
  // The success line stays after a move that leaves the user nothing more to do (a drafter after submitting).
  if (visible.length === 0 && done === null) return null;

  const toggle = (action: WithForm) => {
    move.reset();
    setDone(null);
    setOpen((current) => (current === action ? null : action));
  };
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open) move.mutate(open);
  };
  const needsReason = open === 'sendBack' || open === 'recall' || open === 'replace';
  const ready =
    open === 'exportEdxml' ? place.trim() !== '' : reason.trim() !== '' && (open !== 'replace' || replacementId !== '');

  return (
    <div className="outgoing-actions" role="group" aria-label={t('outgoing.actions.label')}>
      <div className="outgoing-action-buttons">
        {visible.map((action) =>
          isOneClick(action) ? (
            <button
              key={action}
              type="button"
              onClick={() => {
                setDone(null);
                setOpen(null);
                move.mutate(action);
              }}
              disabled={move.isPending}
              data-testid={TEST_IDS[action]}
            >
              {move.isPending && move.variables === action
                ? t('outgoing.actions.working')
                : t(`outgoing.action.${action}`)}
            </button>
          ) : (
            <button
              key={action}
              type="button"
              className="button-secondary"
              aria-expanded={open === action}
              onClick={() => toggle(action as WithForm)}
              disabled={move.isPending}
              data-testid={TEST_IDS[action as WithForm]}
            >
              {t(`outgoing.action.${action}`)}
            </button>
          ),
        )}
      </div>
      {open ? (
        <form className="outgoing-action-form" onSubmit={confirm} data-testid="outgoing-action-form">
          {open === 'replace' ? (
            <ReplacementSelect
              id={`${formId}-replacement`}
              documentId={document.id}
              value={replacementId}
              onChange={setReplacementId}
            />
          ) : null}
          {needsReason ? (
            <div className="field">
              <label htmlFor={`${formId}-reason`}>
                {t(open === 'sendBack' ? 'outgoing.actions.sendBackReason' : 'outgoing.actions.reason')}
                <span className="required" aria-hidden="true">
                  {' *'}
                </span>
              </label>
              <textarea
                id={`${formId}-reason`}
                required
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                data-testid="outgoing-reason"
              />
            </div>
          ) : (
            <div className="field">
              <label htmlFor={`${formId}-place`}>{t('outgoing.actions.promulgationPlace')}</label>
              <p id={`${formId}-place-hint`} className="hint">
                {t('outgoing.actions.promulgationPlaceHint')}
              </p>
              <input
                id={`${formId}-place`}
                type="text"
                required
                maxLength={100}
                aria-describedby={`${formId}-place-hint`}
                value={place}
                onChange={(event) => setPlace(event.target.value)}
                data-testid="outgoing-promulgation-place"
              />
            </div>
          )}
          <div className="outgoing-inline-actions">
            <button type="submit" disabled={!ready || move.isPending} data-testid="outgoing-action-confirm">
              {move.isPending ? t('outgoing.actions.working') : t(`outgoing.actions.confirm.${open}`)}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(null)}>
              {t('outgoing.actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {move.isError ? <OutgoingErrorNotice error={move.error} testId="outgoing-action-error" /> : null}
      {done ? (
        <div className="notice notice-success" role="status" data-testid="outgoing-action-done">
          <p>{t(`outgoing.actions.done.${done}`)}</p>
        </div>
      ) : null}
    </div>
  );
}
