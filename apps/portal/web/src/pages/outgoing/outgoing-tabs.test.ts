import { describe, expect, it } from 'vitest';
import { findInputFor, tabOf } from './outgoing-tabs.js';

describe('outgoing list tabs', () => {
  it('reads the tab from the address, falling back to all', () => {
    expect(tabOf('awaiting')).toBe('awaiting');
    expect(tabOf(null)).toBe('all');
    expect(tabOf('nonsense')).toBe('all');
  });

  it('asks for the user’s own unsigned drafts under "Dự thảo của tôi"', () => {
    expect(findInputFor('mine', '', 20)).toEqual({
      limit: 20,
      mine: true,
      status: ['draft', 'in-consultation', 'submitted', 'approved'],
    });
  });

  it('filters by status, and passes a trimmed search only when there is one', () => {
    expect(findInputFor('awaiting', '  chuyển đổi số ', 20)).toEqual({
      limit: 20,
      query: 'chuyển đổi số',
      status: ['submitted'],
    });
    expect(findInputFor('issued', '', 50)).toEqual({ limit: 50, status: ['issued'] });
    expect(findInputFor('all', ' ', 20)).toEqual({ limit: 20 });
  });
});
