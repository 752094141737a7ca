import type { RoutingInputs, RoutingOutputs } from '@lienthong/routing-api/router';

/** Tỷ lệ giải quyết hồ sơ đúng hạn (routing's `reports.onTime`). */
export type OnTimeReport = RoutingOutputs['reports']['onTime'];
export type OnTimeGroup = OnTimeReport['groups'][number];
export type OnTimeInput = RoutingInputs['reports']['onTime'];
export type GroupBy = OnTimeReport['groupBy'];

export const GROUP_BYS = ['procedure', 'unit', 'month'] as const satisfies readonly GroupBy[];

/** The first year with dossiers worth reporting: the first working-day schedule the system ships. */
export const FIRST_REPORT_YEAR = 2024;

/** What the page shows, from its address (`?group=`, `?year=`); defaults (by procedure, this year) left out. */
export type ReportView = { groupBy: GroupBy; year: number };

export function reportViewOf(params: URLSearchParams, currentYear: number): ReportView {
  const group = params.get('group');
  const year = Number(params.get('year'));
  return {
    groupBy: (GROUP_BYS as readonly string[]).includes(group ?? '') ? (group as GroupBy) : 'procedure',
    year: Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= currentYear ? year : currentYear,
  };
}

export function reportParamsOf(view: ReportView, currentYear: number): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.groupBy !== 'procedure') params['group'] = view.groupBy;
  if (view.year !== currentYear) params['year'] = String(view.year);
  return params;
}

export function reportInputOf(view: ReportView): OnTimeInput {
  return { groupBy: view.groupBy, year: view.year };
}

/** The years the select offers, newest first. */
export function yearOptions(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= FIRST_REPORT_YEAR; year -= 1) years.push(year);
  return years;
}

/**
 * The on-time rate as a percentage with at most one decimal (`87,5%` in Vietnamese, `87.5%` in English), or null when
 * nothing was completed (no rate: "—", never a misleading 0%).
 */
export function formatRate(rate: number | null, locale: 'vi' | 'en'): string | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  const tenths = Math.round(rate * 1000) / 10;
  const text = Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

/** A group's heading in the user's language: a month as `Tháng 03/2025`, a procedure by its name, a unit by its id. */
export function groupLabelParams(
  group: Pick<OnTimeGroup, 'key' | 'label'>,
  groupBy: GroupBy,
): { kind: 'month'; month: string; year: string } | { kind: 'text'; text: string; code: string | null } {
  if (groupBy === 'month' && /^\d{4}-\d{2}$/.test(group.key)) {
    return { kind: 'month', month: group.key.slice(5, 7), year: group.key.slice(0, 4) };
  }
  if (groupBy === 'procedure' && group.label !== group.key) return { kind: 'text', text: group.label, code: group.key };
  return { kind: 'text', text: group.label, code: null };
}

/** The parts of a bar, in the order drawn: finished (early, on time, late), still open (overdue, not yet due), withdrawn. */
export const BAR_PARTS = ['truocHan', 'dungHan', 'quaHan', 'overdue', 'notYetDue', 'withdrawn'] as const;
export type BarPart = (typeof BAR_PARTS)[number];

export type BarSegment = { part: BarPart; x: number; width: number; count: number };
export type Bar = { key: string; y: number; segments: BarSegment[]; total: number };

export type ChartLayout = { width: number; barHeight: number; gap: number };

/**
 * Geometry of the horizontal stacked bars: one per group, each as long as its received dossiers relative to the
 * largest group, split into its parts. Empty parts are left out; widths are exact fractions of `width` (no rounding
 * that would make the parts overrun the bar).
 */
export function chartBars(groups: readonly OnTimeGroup[], layout: ChartLayout): { bars: Bar[]; height: number } {
  const max = Math.max(0, ...groups.map((group) => group.received));
  const bars = groups.map((group, index) => {
    let x = 0;
    const segments: BarSegment[] = [];
    for (const part of BAR_PARTS) {
      const count = group[part];
      if (count <= 0 || max === 0) continue;
      const width = (count / max) * layout.width;
      segments.push({ part, x, width, count });
      x += width;
    }
    return { key: group.key, y: index * (layout.barHeight + layout.gap), segments, total: group.received };
  });
  const height = groups.length === 0 ? 0 : groups.length * (layout.barHeight + layout.gap) - layout.gap;
  return { bars, height };
}
