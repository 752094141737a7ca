import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { Empty, Loading } from '../../components/page-states.js';
import { formatDate, formatDateTime, vietnamToday } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FormProblem } from '../dossiers/dossier-command-forms.js';
import { DossierErrorNotice } from '../dossiers/dossier-error-notice.js';
import { WORKING_UNITS, appointmentShowsTime, type WorkingUnit } from '../dossiers/dossier-model.js';
import { toPreviewInput, type PreviewField, type PreviewInput, type PreviewValues } from './preview-form.js';
import {
  addEntry,
  draftOf,
  isChanged,
  removeEntry,
  toSetScheduleInput,
  weekdayOf,
  type CalendarYear,
  type ScheduleDraft,
  type ScheduleList,
  type SetScheduleInput,
} from './schedule-editor.js';

export const calendarKeys = {
  schedules: ['intake', 'calendar', 'schedules'] as const,
  preview: (input: { receivedAt: string; unit: WorkingUnit; value: number }) =>
    ['intake', 'calendar', 'preview', input] as const,
};

function Problem({ id, problem }: { id: string; problem: FormProblem | undefined }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <p id={id} className="field-error" data-testid={id}>
      {t(problem.key, problem.params)}
    </p>
  );
}

/** Where the year's schedule comes from, and who entered it. */
function Origin({ year }: { year: CalendarYear }) {
  const { t } = useI18n();
  return (
    <div className="notice dossiers-origin" data-testid="calendar-origin" data-origin={year.origin}>
      <p>
        <strong>{t(`calendar.origin.${year.origin}`)}</strong>
      </p>
      <p className="muted">{t(`calendar.origin.${year.origin}.hint`)}</p>
      {year.origin === 'entered' && year.setBy && year.setAt ? (
        <p className="muted">{t('calendar.origin.setBy', { by: year.setBy, at: formatDateTime(year.setAt) })}</p>
      ) : null}
    </div>
  );
}

const LIST_IDS: Record<ScheduleList, string> = { daysOff: 'day-off', workingDays: 'working-day' };

/** One list of the schedule (days off, or make-up working days): the days with their reasons, and a form to add one. */
function EntryList({
  list,
  draft,
  onChange,
}: {
  list: ScheduleList;
  draft: ScheduleDraft;
  onChange: (next: ScheduleDraft) => void;
}) {
  const { t } = useI18n();
  const id = LIST_IDS[list];
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ date?: FormProblem; reason?: FormProblem }>({});
  const entries = draft[list];
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = addEntry(draft, list, { date, reason });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    setDate('');
    setReason('');
    onChange(result.draft);
  };
  return (
    <section aria-labelledby={`calendar-${id}-title`}>
      <h2 id={`calendar-${id}-title`}>{t(`calendar.list.${list}`, { count: entries.length })}</h2>
      <p className="hint">{t(`calendar.list.${list}.hint`)}</p>
      {entries.length === 0 ? (
        <Empty text={t(`calendar.list.${list}.empty`)} testId={`calendar-${id}-empty`} />
      ) : (
        <div className="table-wrap">
          <table data-testid={`calendar-${id}s`}>
            <thead>
              <tr>
                <th scope="col" className="nowrap">
                  {t('calendar.col.date')}
                </th>
                <th scope="col" className="nowrap">
                  {t('calendar.col.weekday')}
                </th>
                <th scope="col">{t('calendar.col.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('calendar.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.date} data-testid={`calendar-${id}`} data-date={entry.date}>
                  <td className="nowrap">{formatDate(entry.date)}</td>
                  <td className="nowrap">
                    {t(`calendar.weekday.${weekdayOf(entry.date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}
                  </td>
                  <td>{entry.reason}</td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('calendar.remove', { date: formatDate(entry.date) })}
                      onClick={() => onChange(removeEntry(draft, list, entry.date))}
                      data-testid={`calendar-remove-${id}`}
                    >
                      {t('calendar.removeShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="dossiers-inline-form" onSubmit={add} noValidate aria-label={t(`calendar.add.${list}`)}>
        <div className={problems.date ? 'field field-invalid' : 'field'}>
          <label htmlFor={`calendar-${id}-date`}>{t('calendar.col.date')}</label>
          <input
            id={`calendar-${id}-date`}
            type="text"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={problems.date !== undefined}
            data-testid={`calendar-${id}-date`}
          />
          <Problem id={`calendar-${id}-date-error`} problem={problems.date} />
        </div>
        <div className={problems.reason ? 'field field-invalid dossiers-grow' : 'field dossiers-grow'}>
          <label htmlFor={`calendar-${id}-reason`}>{t('calendar.col.reason')}</label>
          <input
            id={`calendar-${id}-reason`}
            type="text"
            maxLength={300}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={problems.reason !== undefined}
            data-testid={`calendar-${id}-reason`}
          />
          <Problem id={`calendar-${id}-reason-error`} problem={problems.reason} />
        </div>
        <button type="submit" className="button-secondary" data-testid={`calendar-add-${id}`}>
          {t(`calendar.add.${list}`)}
        </button>
      </form>
    </section>
  );
}

/** The year's schedule being edited: source, days off, make-up days; saved whole (`calendar.setSchedule`). */
function ScheduleEditor({ year }: { year: CalendarYear }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(year));
  const [problem, setProblem] = useState<FormProblem | undefined>(undefined);
  const save = useMutation({
    mutationFn: (input: SetScheduleInput) => intake.calendar.setSchedule.mutate(input),
    onSuccess: (saved) => {
      queryClient.setQueryData<CalendarYear[]>(calendarKeys.schedules, (years) =>
        years?.map((each) => (each.year === saved.year ? saved : each)),
      );
      void queryClient.invalidateQueries({ queryKey: ['intake', 'calendar'] });
    },
  });
  const changed = isChanged(draft, year);
  const edit = (next: ScheduleDraft) => {
    save.reset();
    setDraft(next);
  };
  const submit = () => {
    save.reset();
    const result = toSetScheduleInput(draft);
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById('calendar-source')?.focus();
      return;
    }
    setProblem(undefined);
    save.mutate(result.input);
  };

  return (
    <div className="dossiers-schedule" data-testid="calendar-editor">
      <div className={problem ? 'field field-invalid' : 'field'}>
        <label htmlFor="calendar-source">{t('calendar.source')}</label>
        <p id="calendar-source-hint" className="hint">
          {t('calendar.sourceHint')}
        </p>
        <textarea
          id="calendar-source"
          rows={2}
          maxLength={2000}
          value={draft.source}
          onChange={(event) => edit({ ...draft, source: event.target.value })}
          aria-describedby="calendar-source-hint"
          aria-invalid={problem !== undefined}
          data-testid="calendar-source"
        />
        <Problem id="calendar-source-error" problem={problem} />
      </div>
      <EntryList list="daysOff" draft={draft} onChange={edit} />
      <EntryList list="workingDays" draft={draft} onChange={edit} />

      {save.isError ? <DossierErrorNotice error={save.error} testId="calendar-save-error" /> : null}
      {save.isSuccess ? (
        <p className="notice notice-success" role="status" data-testid="calendar-save-success">
          {t('calendar.saved', { year: save.data.year })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={submit} disabled={save.isPending || !changed} data-testid="calendar-save">
          {save.isPending ? t('calendar.saving') : t('calendar.save', { year: draft.year })}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => edit(draftOf(year))}
          disabled={!changed || save.isPending}
          data-testid="calendar-reset"
        >
          {t('calendar.reset')}
        </button>
        {changed ? <span className="muted">{t('calendar.unsaved')}</span> : null}
      </div>
    </div>
  );
}

/** Xem thử ngày hẹn: the appointment a dossier received at a given time under a time limit would get. */
function AppointmentPreview({ defaultDate }: { defaultDate: string }) {
  const { t } = useI18n();
  const { intake } = useApi();
  const [values, setValues] = useState<PreviewValues>({
    date: defaultDate,
    time: '08:00',
    value: '3',
    unit: 'working-days',
  });
  const [problems, setProblems] = useState<Partial<Record<PreviewField, FormProblem>>>({});
  const [asked, setAsked] = useState<PreviewInput | null>(null);
  const key = asked
    ? { receivedAt: (asked.receivedAt as Date).toISOString(), unit: asked.limit.unit, value: asked.limit.value }
    : null;
  const preview = useQuery({
    queryKey: calendarKeys.preview(key ?? { receivedAt: '', unit: 'working-days', value: 0 }),
    queryFn: () => intake.calendar.preview.query(asked as PreviewInput),
    enabled: asked !== null,
  });
  const set = <K extends keyof PreviewValues>(field: K, value: PreviewValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toPreviewInput(values);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    setAsked(result.input);
  };
  const answer = preview.data;
  return (
    <section className="dossiers-panel" aria-labelledby="calendar-preview-title">
      <h2 id="calendar-preview-title">{t('calendar.preview.title')}</h2>
      <p className="muted">{t('calendar.preview.intro')}</p>
      <form className="dossiers-inline-form" onSubmit={submit} noValidate>
        <div className={problems.date ? 'field field-invalid' : 'field'}>
          <label htmlFor="calendar-preview-date">{t('calendar.preview.date')}</label>
          <input
            id="calendar-preview-date"
            type="text"
            inputMode="numeric"
            value={values.date}
            onChange={(event) => set('date', event.target.value)}
            aria-invalid={problems.date !== undefined}
            data-testid="calendar-preview-date"
          />
          <Problem id="calendar-preview-date-error" problem={problems.date} />
        </div>
        <div className={problems.time ? 'field field-invalid' : 'field'}>
          <label htmlFor="calendar-preview-time">{t('calendar.preview.time')}</label>
          <input
            id="calendar-preview-time"
            type="text"
            inputMode="numeric"
            value={values.time}
            onChange={(event) => set('time', event.target.value)}
            aria-invalid={problems.time !== undefined}
            data-testid="calendar-preview-time"
          />
          <Problem id="calendar-preview-time-error" problem={problems.time} />
        </div>
        <div className={problems.value ? 'field field-invalid' : 'field'}>
          <label htmlFor="calendar-preview-value">{t('calendar.preview.limit')}</label>
          <input
            id="calendar-preview-value"
            type="text"
            inputMode="decimal"
            value={values.value}
            onChange={(event) => set('value', event.target.value)}
            aria-invalid={problems.value !== undefined}
            data-testid="calendar-preview-value"
          />
          <Problem id="calendar-preview-value-error" problem={problems.value} />
        </div>
        <div className="field">
          <label htmlFor="calendar-preview-unit">{t('calendar.preview.unit')}</label>
          <select
            id="calendar-preview-unit"
            value={values.unit}
            onChange={(event) => set('unit', event.target.value as WorkingUnit)}
            data-testid="calendar-preview-unit"
          >
            {WORKING_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`calendar.preview.unit.${unit}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" data-testid="calendar-preview-submit">
          {t('calendar.preview.submit')}
        </button>
      </form>
      {asked === null ? null : preview.isPending ? (
        <Loading />
      ) : preview.isError ? (
        <DossierErrorNotice
          error={preview.error}
          onRetry={() => void preview.refetch()}
          testId="calendar-preview-error"
        />
      ) : answer ? (
        <div className="notice" role="status" data-testid="calendar-preview-result" data-date={answer.date}>
          <p>
            {t('calendar.preview.answer', {
              appointment: appointmentShowsTime(answer.basis)
                ? formatDateTime(answer.instant)
                : formatDate(answer.date),
            })}
          </p>
          <p className="muted">
            {answer.deferred
              ? t('calendar.preview.deferred', { cutoff: answer.cutoff, countedFrom: formatDate(answer.countedFrom) })
              : t('calendar.preview.countedFrom', { countedFrom: formatDate(answer.countedFrom) })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** Lịch làm việc: a year's days off and make-up working days, their origin, the editor, and the appointment preview. */
export function CalendarPage() {
  const { t } = useI18n();
  const { intake } = useApi();
  const today = vietnamToday(new Date());
  const currentYear = Number(today.slice(0, 4));
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('year'));
  const schedules = useQuery({ queryKey: calendarKeys.schedules, queryFn: () => intake.calendar.schedules.query() });
  const years = schedules.data?.map((each) => each.year) ?? [];
  const year = Number.isInteger(requested) && years.includes(requested) ? requested : currentYear;
  const shown = schedules.data?.find((each) => each.year === year);
  const yearChoices = years.length > 0 ? years : [currentYear];

  return (
    <section className="page dossiers-page" aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <p className="muted">{t('calendar.intro')}</p>
      <div className="field dossiers-year-field">
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <select
          id="calendar-year"
          value={year}
          onChange={(event) => {
            const next = Number(event.target.value);
            setSearchParams(next === currentYear ? {} : { year: String(next) });
          }}
          data-testid="calendar-year"
        >
          {yearChoices.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </div>
      {schedules.isPending ? (
        <Loading />
      ) : schedules.isError ? (
        <DossierErrorNotice error={schedules.error} onRetry={() => void schedules.refetch()} testId="calendar-error" />
      ) : !shown ? (
        <Empty text={t('calendar.noYear', { year })} testId="calendar-empty" />
      ) : (
        <>
          <Origin year={shown} />
          {/* Keyed by year only: a save replaces the year's data, and its confirmation must stay on screen. */}
          <ScheduleEditor key={shown.year} year={shown} />
        </>
      )}
      <AppointmentPreview defaultDate={formatDate(today)} />
    </section>
  );
}
