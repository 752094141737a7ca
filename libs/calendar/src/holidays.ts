import { FIRST_YEAR, LAST_YEAR, formatJdn, isWeekendJdn, jdnOf, weekdayOfJdn, type IsoDate } from './iso-date.js';
import { jdnOfLunar, lastMonthLength } from './lunar.js';

/** A paid day off under the Labour Code: the holiday itself, or the nghỉ bù owed when it falls on a weekly rest day. */
export type Holiday = {
  readonly date: IsoDate;
  /** Vietnamese label, e.g. `Tết Âm lịch (mùng 1)` or `Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)`. */
  readonly reason: string;
  readonly kind: 'holiday' | 'compensatory';
};

type DatedReason = { readonly jdn: number; readonly reason: string };

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be an integer in ${FIRST_YEAR}–${LAST_YEAR}, got ${year}`);
  }
}

/**
 * The dates Art. 112.1 names outright in Gregorian `year`: 1/1, mùng 1 Tết, Giỗ Tổ (10/3 lunar), 30/4, 1/5 and 2/9.
 * The rest (the other Tết days, the day beside 2/9) is the Prime Minister's yearly choice.
 */
export function namedHolidays(year: number): DatedReason[] {
  return [
    { jdn: jdnOf(year, 1, 1), reason: 'Tết Dương lịch' },
    { jdn: jdnOfLunar(year, 1, 1), reason: 'Tết Âm lịch (mùng 1)' },
    { jdn: jdnOfLunar(year, 3, 10), reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { jdn: jdnOf(year, 4, 30), reason: 'Ngày Chiến thắng' },
    { jdn: jdnOf(year, 5, 1), reason: 'Ngày Quốc tế Lao động' },
    { jdn: jdnOf(year, 9, 2), reason: 'Quốc khánh' },
  ];
}

/**
 * The day beside 2 September when no decision names it: the one that joins the weekend, i.e. after 2/9 when it falls
 * on a Sunday, Monday or Thursday, before otherwise. It reproduces every decision for 2021–2026.
 */
function nationalDayCompanion(september2: number): number {
  const weekday = weekdayOfJdn(september2);
  return weekday === SUNDAY || weekday === MONDAY || weekday === THURSDAY ? september2 + 1 : september2 - 1;
}

/** The holidays of Art. 112.1 in Gregorian `year` under the default split, before nghỉ bù, sorted. */
function statutoryDays(year: number): DatedReason[] {
  const tet = jdnOfLunar(year, 1, 1);
  const eve = lastMonthLength(year - 1) === 30 ? '30 tháng Chạp' : '29 tháng Chạp';
  return [
    ...namedHolidays(year),
    // Art. 112.1.b gives Tết 5 days and leaves the split to the Prime Minister; the default is the last day of the old
    // lunar year and mùng 1–4.
    { jdn: tet - 1, reason: `Tết Âm lịch (${eve})` },
    { jdn: tet + 1, reason: 'Tết Âm lịch (mùng 2)' },
    { jdn: tet + 2, reason: 'Tết Âm lịch (mùng 3)' },
    { jdn: tet + 3, reason: 'Tết Âm lịch (mùng 4)' },
    { jdn: nationalDayCompanion(jdnOf(year, 9, 2)), reason: 'Quốc khánh (ngày liền kề)' },
  ].sort((a, b) => a.jdn - b.jdn);
}

/**
 * The paid public holidays of Gregorian `year` under the Labour Code 2019, Art. 112, as the law's rule gives them when
 * no official schedule says otherwise: 1/1; Tết (last day of the lunar year + mùng 1–4); Giỗ Tổ (10/3 lunar); 30/4;
 * 1/5; 2/9 and the adjacent day that joins the weekend. A holiday on a Saturday or Sunday earns a nghỉ bù on the next
 * working day (Art. 112.3): the next weekday that is neither a holiday nor already a nghỉ bù. A holiday on the same
 * day as another (Giỗ Tổ on 30/4, only 1947 in range) earns one the same way, so no paid day is lost.
 * Sorted by date, one entry per date. Throws RangeError outside 1900–2100 (a caller bug). The 2019 Code applies from
 * 2021; earlier years get the same rule, not the one then in force.
 */
export function publicHolidays(year: number): Holiday[] {
  assertYear(year);
  const holidays = new Map<number, string>();
  const owed: DatedReason[] = [];
  for (const holiday of statutoryDays(year)) {
    const already = holidays.get(holiday.jdn);
    if (already !== undefined) {
      owed.push({ jdn: holiday.jdn, reason: `${holiday.reason} (trùng ${already})` });
      continue;
    }
    holidays.set(holiday.jdn, holiday.reason);
    if (isWeekendJdn(holiday.jdn)) owed.push(holiday);
  }
  const taken = new Set(holidays.keys());
  const result: Holiday[] = [...holidays].map(([jdn, reason]) => ({ date: formatJdn(jdn), reason, kind: 'holiday' }));
  for (const holiday of owed) {
    let day = holiday.jdn + 1;
    while (isWeekendJdn(day) || taken.has(day)) day += 1;
    taken.add(day);
    result.push({ date: formatJdn(day), reason: `Nghỉ bù ${holiday.reason}`, kind: 'compensatory' });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : 1));
}
