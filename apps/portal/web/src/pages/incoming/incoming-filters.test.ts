import { describe, expect, it } from 'vitest';
import {
  draftOf,
  filtersFromSearchParams,
  filtersOfDraft,
  findInputOf,
  hasFilters,
  searchParamsFromFilters,
  type IncomingFilters,
} from './incoming-filters.js';

const FULL: IncomingFilters = {
  q: 'phòng chống lụt bão',
  issuer: 'UBND tỉnh Thanh Hóa',
  kind: 'quyet-dinh',
  urgency: 'hoa-toc',
  secrecy: 'thuong',
  status: 'registered',
  from: '2025-03-01',
  to: '2025-03-31',
  year: '2025',
};

describe('filters in the address', () => {
  it('survive a round trip through the query string, Vietnamese text included', () => {
    const query = searchParamsFromFilters(FULL).toString();
    expect(filtersFromSearchParams(new URLSearchParams(query))).toEqual(FULL);
  });

  it('are written in a fixed order and without the empty ones, so equal filters give equal links', () => {
    expect(searchParamsFromFilters({ year: '2025', kind: 'cong-van', q: 'họp' }).toString()).toBe(
      'q=h%E1%BB%8Dp&kind=cong-van&year=2025',
    );
    expect(searchParamsFromFilters({}).toString()).toBe('');
  });

  it('read what a person types into the address: trimmed, spaces collapsed', () => {
    expect(filtersFromSearchParams(new URLSearchParams('q=%20%20l%E1%BB%A5t%20%20b%C3%A3o%20&issuer=%20'))).toEqual({
      q: 'lụt bão',
    });
  });

  it('drop values the service would refuse instead of failing the whole list', () => {
    const params = new URLSearchParams(
      'kind=khong-co&urgency=gap&secrecy=rat-mat&status=lost&from=2025-02-30&to=31/03/2025&year=1999',
    );
    expect(filtersFromSearchParams(params)).toEqual({});
    expect(filtersFromSearchParams(new URLSearchParams('year=2101'))).toEqual({});
  });

  it('cut search words at the service’s 200-character limit', () => {
    const long = 'a'.repeat(250);
    expect(filtersFromSearchParams(new URLSearchParams({ q: long })).q).toHaveLength(200);
  });
});

describe('findInputOf', () => {
  it('maps each filter to its incoming.find input', () => {
    expect(findInputOf(FULL)).toEqual({
      query: 'phòng chống lụt bão',
      issuer: 'UBND tỉnh Thanh Hóa',
      kindCode: 'quyet-dinh',
      urgency: 'hoa-toc',
      secrecy: 'thuong',
      status: 'registered',
      receivedFrom: '2025-03-01',
      receivedTo: '2025-03-31',
      registerScope: '2025',
    });
  });

  it('sends nothing for filters that are not set', () => {
    expect(findInputOf({})).toEqual({});
    expect(findInputOf({ year: '2024' })).toEqual({ registerScope: '2024' });
  });
});

describe('hasFilters', () => {
  it('tells an unfiltered list from a filtered one', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: 'done' })).toBe(true);
  });
});

describe('the filter form', () => {
  it('starts from the address’s filters and gives them back when submitted unchanged', () => {
    expect(filtersOfDraft(draftOf(FULL))).toEqual({ ok: true, filters: FULL });
    expect(draftOf({})).toEqual({
      q: '',
      issuer: '',
      kind: '',
      urgency: '',
      secrecy: '',
      status: '',
      from: '',
      to: '',
      year: '',
    });
  });

  it('refuses a "received from" date after the "received until" date', () => {
    expect(filtersOfDraft({ ...draftOf({}), from: '2025-04-01', to: '2025-03-31' })).toEqual({
      ok: false,
      problem: 'receivedRange',
    });
    expect(filtersOfDraft({ ...draftOf({}), from: '2025-03-31', to: '2025-03-31' }).ok).toBe(true);
  });
});
