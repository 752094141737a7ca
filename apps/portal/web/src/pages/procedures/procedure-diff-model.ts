import { formatDate } from '../../i18n/format.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import type { ProcedureDiffResult } from './procedure-model.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Diff = ProcedureDiffResult['diff'];
type FieldChange = Diff['fields'][number];

/** One changed field as the comparison shows it: its name in the user's language, the two values as text. */
export type DiffFieldRow = { field: string; label: string; before: string; after: string };

/** What changed between two versions, ready to show: procedure fields, steps, records to keep. */
export type DiffModel = {
  identical: boolean;
  /** How many things changed (fields, steps added/removed/changed, order, records): the summary line. */
  changeCount: number;
  fields: DiffFieldRow[];
  steps: {
    added: { id: string; name: string }[];
    removed: { id: string; name: string }[];
    changed: { id: string; name: string; fields: DiffFieldRow[] }[];
    reordered: boolean;
  };
  records: {
    added: string[];
    removed: string[];
    changed: { name: string; fields: DiffFieldRow[] }[];
  };
};

/** Fields of a procedure, a step and a record to keep (libs/workflows' PROCEDURE_FIELDS, STEP_FIELDS, RECORD_FIELDS). */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  code: 'procedures.field.code',
  name: 'procedures.field.name',
  version: 'procedures.field.version',
  effectiveFrom: 'procedures.field.effectiveFrom',
  effectiveTo: 'procedures.field.effectiveTo',
  approvedBy: 'procedures.field.approvedBy',
  approvedOn: 'procedures.field.approvedOn',
  supersededBy: 'procedures.field.supersededBy',
  purpose: 'procedures.field.purpose',
  scope: 'procedures.field.scope',
  legalBasis: 'procedures.field.legalBasis',
  timeLimit: 'procedures.field.timeLimit',
  hoursPerDay: 'procedures.field.hoursPerDay',
  responsible: 'procedures.step.responsible',
  duration: 'procedures.step.duration',
  forms: 'procedures.step.forms',
  outputs: 'procedures.step.outputs',
  keptBy: 'procedures.record.keptBy',
  retention: 'procedures.record.retention',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberText(value: number, locale: Locale): string {
  return locale === 'vi' ? String(value).replace('.', ',') : String(value);
}

/** A time limit or a duration (`{ unit, value }`), a retention (`{ kind }`), who performs a step, or null. */
function structuredText(value: Record<string, unknown>, t: Translate, locale: Locale): string | null {
  const { unit, value: amount, kind, years, role, title } = value;
  if ((unit === 'working-days' || unit === 'working-hours') && typeof amount === 'number') {
    return t(`dossiers.duration.${unit}`, { value: numberText(amount, locale) });
  }
  if (kind === 'permanent') return t('procedures.retention.permanent');
  if (kind === 'years' && typeof years === 'number') return t('procedures.retention.years', { years });
  if (typeof role === 'string' || typeof unit === 'string' || typeof title === 'string') {
    return responsibleText(
      {
        ...(typeof role === 'string' ? { role } : {}),
        ...(typeof unit === 'string' ? { unit } : {}),
        ...(typeof title === 'string' ? { title } : {}),
      },
      t,
    );
  }
  return null;
}

/** Who performs a step: `Chuyên viên (role chuyen-vien) · đơn vị VP`, the title first when the procedure gives one. */
export function responsibleText(responsible: { role?: string; unit?: string; title?: string }, t: Translate): string {
  const parts: string[] = [];
  if (responsible.title) parts.push(responsible.title);
  if (responsible.role) parts.push(t('procedures.step.role', { role: roleName(responsible.role, t) }));
  if (responsible.unit) parts.push(t('procedures.step.unit', { unit: responsible.unit }));
  return parts.join(' · ');
}

const KNOWN_ROLES = ['van-thu', 'lanh-dao', 'chuyen-vien', 'luu-tru', 'thu-ky-hop', 'quan-tri'] as const;

/** A realm role by its name in the portal's catalogue; an unknown role (a procedure may name any) as written. */
export function roleName(role: string, t: Translate): string {
  return (KNOWN_ROLES as readonly string[]).includes(role) ? t(`role.${role as (typeof KNOWN_ROLES)[number]}`) : role;
}

/** A field's value as text: dates dd/MM/yyyy, lists one after another, durations and retentions in words. */
export function diffValueText(value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === '') return t('procedures.diff.none');
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return numberText(value, locale);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('procedures.diff.none');
    return value.map((item) => diffValueText(item, t, locale)).join('; ');
  }
  if (isRecord(value)) return structuredText(value, t, locale) ?? JSON.stringify(value);
  return String(value);
}

function fieldRows(changes: readonly FieldChange[], t: Translate, locale: Locale): DiffFieldRow[] {
  return changes.map((change) => {
    const label = FIELD_LABELS[change.field];
    return {
      field: change.field,
      label: label ? t(label) : change.field,
      before: diffValueText(change.before, t, locale),
      after: diffValueText(change.after, t, locale),
    };
  });
}

/** The comparison of two versions (`procedures.diff`) as the page shows it. */
export function diffModelOf(diff: Diff, t: Translate, locale: Locale): DiffModel {
  const steps = {
    added: diff.steps.added.map((step) => ({ id: step.id, name: step.name })),
    removed: diff.steps.removed.map((step) => ({ id: step.id, name: step.name })),
    changed: diff.steps.changed.map((step) => ({
      id: step.id,
      name: step.name,
      fields: fieldRows(step.fields, t, locale),
    })),
    reordered: diff.steps.reordered,
  };
  const records = {
    added: diff.records.added.map((record) => record.name),
    removed: diff.records.removed.map((record) => record.name),
    changed: diff.records.changed.map((record) => ({ name: record.name, fields: fieldRows(record.fields, t, locale) })),
  };
  const changeCount =
    diff.fields.length +
    steps.added.length +
    steps.removed.length +
    steps.changed.length +
    (steps.reordered ? 1 : 0) +
    records.added.length +
    records.removed.length +
    records.changed.length;
  return { identical: diff.identical, changeCount, fields: fieldRows(diff.fields, t, locale), steps, records };
}
