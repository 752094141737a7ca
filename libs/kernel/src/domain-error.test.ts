import { describe, expect, it } from 'vitest';
import { DomainError, defineErrors, isDomainError } from './domain-error.js';

const sampleError = defineErrors({
  UNIT_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy đơn vị {unitId}', en: 'Unit {unitId} not found' },
  DATE_IN_FUTURE: { kind: 'invalid', vi: 'Ngày {date} ở tương lai', en: 'Date {date} is in the future' },
});

describe('defineErrors', () => {
  it('builds an error with the catalogue kind and both messages filled in', () => {
    const error = sampleError('UNIT_NOT_FOUND', { unitId: 'H56' });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('UNIT_NOT_FOUND');
    expect(error.kind).toBe('not_found');
    expect(error.messageVi).toBe('Không tìm thấy đơn vị H56');
    expect(error.messageEn).toBe('Unit H56 not found');
    expect(error.message).toBe('Unit H56 not found');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });

  it('formats dates as ISO and leaves unknown placeholders visible', () => {
    const error = sampleError('DATE_IN_FUTURE', { date: new Date('2030-01-01T00:00:00Z') });
    expect(error.messageEn).toBe('Date 2030-01-01T00:00:00.000Z is in the future');
    expect(sampleError('UNIT_NOT_FOUND').messageVi).toBe('Không tìm thấy đơn vị {unitId}');
  });

  it('lists its codes and serialises to JSON without the stack', () => {
    expect(sampleError.codes).toEqual(['UNIT_NOT_FOUND', 'DATE_IN_FUTURE']);
    expect(JSON.parse(JSON.stringify(sampleError('UNIT_NOT_FOUND', { unitId: 'x' })))).toEqual({
      code: 'UNIT_NOT_FOUND',
      kind: 'not_found',
      messageVi: 'Không tìm thấy đơn vị x',
      messageEn: 'Unit x not found',
      details: { unitId: 'x' },
    });
  });
});
