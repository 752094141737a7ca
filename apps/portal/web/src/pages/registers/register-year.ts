/** Registers are kept per calendar year; intake accepts 2000–2100 (`RegisterYear`). */
export const FIRST_REGISTER_YEAR = 2000;
export const LAST_REGISTER_YEAR = 2100;

/** How many years the year selectors offer, counting back from this year. */
const YEARS_OFFERED = 10;

/** A year from an address or a form (`"2025"`), or null when it is not a whole year intake accepts. */
export function parseRegisterYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= FIRST_REGISTER_YEAR && year <= LAST_REGISTER_YEAR ? year : null;
}

/**
 * The years a selector offers, newest first: this year and the nine before it, plus `selected` when it lies outside
 * them (an address shared from an older register keeps its year).
 */
export function registerYearOptions(thisYear: number, selected?: number | null): number[] {
  const years: number[] = [];
  for (let year = thisYear; year > thisYear - YEARS_OFFERED && year >= FIRST_REGISTER_YEAR; year -= 1) years.push(year);
  if (selected != null && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}
