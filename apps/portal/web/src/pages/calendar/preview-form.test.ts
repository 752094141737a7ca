import { describe, expect, it } from 'vitest';
import { toPreviewInput } from './preview-form.js';

describe('toPreviewInput', () => {
  it('reads the time of receipt on Vietnam’s clock', () => {
    const result = toPreviewInput({ date: '15/09/2025', time: '15:30', value: '3', unit: 'working-days' });
    if (!result.ok) throw new Error('expected a valid preview');
    expect((result.input.receivedAt as Date).toISOString()).toBe('2025-09-15T08:30:00.000Z');
    expect(result.input.limit).toEqual({ unit: 'working-days', value: 3 });
  });

  it('accepts working hours with a decimal comma and times written 8h05', () => {
    const result = toPreviewInput({ date: '1/10/2025', time: '8h05', value: '4,5', unit: 'working-hours' });
    if (!result.ok) throw new Error('expected a valid preview');
    expect((result.input.receivedAt as Date).toISOString()).toBe('2025-10-01T01:05:00.000Z');
    expect(result.input.limit).toEqual({ unit: 'working-hours', value: 4.5 });
  });

  it('names the fields that are wrong', () => {
    expect(toPreviewInput({ date: '31/09/2025', time: '25:00', value: '1,5', unit: 'working-days' })).toEqual({
      ok: false,
      problems: {
        date: { key: 'validation.dateFormat' },
        time: { key: 'calendar.preview.validation.time' },
        value: { key: 'calendar.preview.validation.days' },
      },
    });
    expect(toPreviewInput({ date: '15/09/2025', time: '08:00', value: '0.125', unit: 'working-hours' })).toEqual({
      ok: false,
      problems: { value: { key: 'calendar.preview.validation.hours' } },
    });
  });
});
