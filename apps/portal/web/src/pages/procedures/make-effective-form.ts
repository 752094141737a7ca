import type { IntakeInputs } from '@lienthong/intake-api/router';
import { formatDate, parseDisplayDate } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';

export type MakeEffectiveInput = IntakeInputs['procedures']['makeEffective'];

/** The form opens on the draft's own first day in force, as the file states it (dd/MM/yyyy). */
export function initialEffectiveDate(effectiveFrom: string): string {
  return formatDate(effectiveFrom);
}

/**
 * Builds `procedures.makeEffective`'s input from the date typed (dd/MM/yyyy). The rules about that date (not before
 * the approval, not in the past once a version is in use, not overlapping the version in force) are intake's and come
 * back as its precise refusals.
 */
export function toMakeEffectiveInput(
  ref: { orgId: string | null; code: string; version: string },
  dateText: string,
): { ok: true; input: MakeEffectiveInput } | { ok: false; error: MessageKey } {
  const on = parseDisplayDate(dateText);
  if (on === null) return { ok: false, error: 'validation.dateFormat' };
  return {
    ok: true,
    input: { code: ref.code, version: ref.version, on, ...(ref.orgId ? { orgId: ref.orgId } : {}) },
  };
}
