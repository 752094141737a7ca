import { describe, expect, it } from 'vitest';
import {
  chartBars,
  formatRate,
  groupLabelParams,
  reportInputOf,
  reportParamsOf,
  reportViewOf,
  yearOptions,
  type OnTimeGroup,
} from './on-time-model.js';

function aGroup(key: string, counts: Partial<OnTimeGroup> = {}): OnTimeGroup {
  const group = {
    key,
    label: key,
    received: 0,
    completed: 0,
    truocHan: 0,
    dungHan: 0,
    quaHan: 0,
    inProgress: 0,
    overdue: 0,
    notYetDue: 0,
    withdrawn: 0,
    ...counts,
  };
  return { ...group, onTimeRate: group.completed === 0 ? null : (group.truocHan + group.dungHan) / group.completed };
}

describe('the report address', () => {
  it('reads the grouping and the year, falling back to "by procedure, this year"', () => {
    expect(reportViewOf(new URLSearchParams('group=month&year=2025'), 2026)).toEqual({ groupBy: 'month', year: 2025 });
    expect(reportViewOf(new URLSearchParams('group=weekday&year=1999'), 2026)).toEqual({
      groupBy: 'procedure',
      year: 2026,
    });
    expect(reportViewOf(new URLSearchParams('year=2030'), 2026).year).toBe(2026);
  });

  it('writes only what differs from the defaults and asks routing for that year', () => {
    expect(reportParamsOf({ groupBy: 'procedure', year: 2026 }, 2026)).toEqual({});
    expect(reportParamsOf({ groupBy: 'unit', year: 2025 }, 2026)).toEqual({ group: 'unit', year: '2025' });
    expect(reportInputOf({ groupBy: 'month', year: 2025 })).toEqual({ groupBy: 'month', year: 2025 });
  });

  it('offers the years from this one back to 2024', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024]);
  });
});

describe('formatRate', () => {
  it('shows a percentage with one decimal at most, the decimal mark of the language', () => {
    expect(formatRate(7 / 8, 'vi')).toBe('87,5%');
    expect(formatRate(7 / 8, 'en')).toBe('87.5%');
    expect(formatRate(2 / 3, 'vi')).toBe('66,7%');
    expect(formatRate(1, 'vi')).toBe('100%');
    expect(formatRate(0, 'en')).toBe('0%');
  });

  it('has no rate when nothing was completed, rather than a misleading 0%', () => {
    expect(formatRate(null, 'vi')).toBeNull();
  });
});

describe('groupLabelParams', () => {
  it('names a month in the reader’s words and a procedure by its name with its code', () => {
    expect(groupLabelParams({ key: '2025-03', label: 'Tháng 03/2025' }, 'month')).toEqual({
      kind: 'month',
      month: '03',
      year: '2025',
    });
    expect(groupLabelParams({ key: 'QT-07', label: 'Đăng ký khai sinh' }, 'procedure')).toEqual({
      kind: 'text',
      text: 'Đăng ký khai sinh',
      code: 'QT-07',
    });
    expect(groupLabelParams({ key: 'th-ubnd-tinh', label: 'th-ubnd-tinh' }, 'unit')).toEqual({
      kind: 'text',
      text: 'th-ubnd-tinh',
      code: null,
    });
  });
});

describe('chartBars', () => {
  const layout = { width: 400, barHeight: 20, gap: 10 };

  it('draws each group as long as its received dossiers relative to the largest, split into its parts', () => {
    const groups = [
      aGroup('QT-01', {
        received: 10,
        completed: 8,
        truocHan: 5,
        dungHan: 2,
        quaHan: 1,
        inProgress: 2,
        overdue: 1,
        notYetDue: 1,
      }),
      aGroup('QT-02', { received: 5, completed: 4, dungHan: 4, withdrawn: 1 }),
    ];
    const { bars, height } = chartBars(groups, layout);
    expect(height).toBe(50);
    expect(bars[0]?.segments.map((segment) => [segment.part, segment.x, segment.width])).toEqual([
      ['truocHan', 0, 200],
      ['dungHan', 200, 80],
      ['quaHan', 280, 40],
      ['overdue', 320, 40],
      ['notYetDue', 360, 40],
    ]);
    expect(bars[1]?.y).toBe(30);
    expect(bars[1]?.segments.map((segment) => [segment.part, segment.x, segment.width])).toEqual([
      ['dungHan', 0, 160],
      ['withdrawn', 160, 40],
    ]);
    const last = bars[1]?.segments.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBe(200);
  });

  it('draws nothing for groups without dossiers, and no bars for no groups', () => {
    expect(chartBars([aGroup('QT-01')], layout).bars[0]?.segments).toEqual([]);
    expect(chartBars([], layout)).toEqual({ bars: [], height: 0 });
  });
});
