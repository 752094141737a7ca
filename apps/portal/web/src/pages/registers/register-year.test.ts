import { describe, expect, it } from 'vitest';
import { parseRegisterYear, registerYearOptions } from './register-year.js';

describe('parseRegisterYear', () => {
  it('reads a four-digit year intake accepts (2000–2100)', () => {
    expect(parseRegisterYear('2025')).toBe(2025);
    expect(parseRegisterYear(' 2000 ')).toBe(2000);
    expect(parseRegisterYear('2100')).toBe(2100);
  });

  it('refuses anything else', () => {
    for (const value of ['1999', '2101', '25', '2025a', '', null, undefined])
      expect(parseRegisterYear(value)).toBeNull();
  });
});

describe('registerYearOptions', () => {
  it('offers this year and the nine before it, newest first', () => {
    expect(registerYearOptions(2025)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
  });

  it('keeps an older year chosen in the address, in order', () => {
    expect(registerYearOptions(2025, 2008).slice(-2)).toEqual([2016, 2008]);
    expect(registerYearOptions(2025, 2020)).toHaveLength(10);
  });

  it('never offers a year before 2000', () => {
    expect(registerYearOptions(2003)).toEqual([2003, 2002, 2001, 2000]);
  });
});
