import { describe, expect, it } from 'vitest';
import { validateProcedure } from '../procedure.js';
import { aProcedure } from './index.js';

describe('aProcedure', () => {
  it('builds a valid procedure by default', () => {
    const procedure = aProcedure().build();
    expect(validateProcedure(procedure)).toEqual({ ok: true, value: procedure });
  });

  it('applies every option', () => {
    const procedure = aProcedure()
      .withCode('QT-07')
      .withName('Chứng thực bản sao')
      .withVersion('2.0')
      .effectiveFrom('2026-07-01')
      .approved('Chủ tịch UBND xã', '2026-06-20')
      .withTimeLimit({ unit: 'working-hours', value: 4 })
      .withHoursPerDay(8)
      .withSteps([])
      .withStep({ id: 'chung-thuc', duration: { unit: 'working-hours', value: 4 } })
      .withRecord({ name: 'Sổ chứng thực', keptBy: 'Tư pháp', retention: { kind: 'years', years: 20 } })
      .withLegalBasis('Nghị định 23/2015/NĐ-CP')
      .build();
    expect(validateProcedure(procedure).ok).toBe(true);
    expect(procedure).toMatchObject({
      code: 'QT-07',
      version: '2.0',
      hoursPerDay: 8,
      legalBasis: ['Nghị định 23/2015/NĐ-CP'],
    });
    expect(procedure.steps).toEqual([
      {
        id: 'chung-thuc',
        name: 'Bước chung-thuc',
        responsible: { role: 'chuyen-vien' },
        duration: { unit: 'working-hours', value: 4 },
        forms: [],
        outputs: [],
      },
    ]);
    expect(procedure.records).toHaveLength(2);
  });

  it('gives a fresh copy on every build', () => {
    const builder = aProcedure();
    const first = builder.build();
    first.steps.pop();
    expect(builder.build().steps).toHaveLength(3);
  });
});
