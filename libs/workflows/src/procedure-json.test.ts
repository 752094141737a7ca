import { describe, expect, it } from 'vitest';
import { ProcedureDefinition, validateProcedure } from './procedure.js';
import {
  MAX_PROCEDURE_JSON_LENGTH,
  canonicalProcedure,
  parseProcedureJson,
  procedureToJson,
} from './procedure-json.js';
import { aProcedure } from './testing/index.js';

function parsed(text: string) {
  const result = parseProcedureJson(text);
  if (!result.ok) throw result.error;
  return result.value;
}

function failure(text: string) {
  const result = parseProcedureJson(text);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const full = () =>
  aProcedure()
    .withVersion('2.1')
    .withHoursPerDay(8)
    .withRecord({
      name: 'Sổ đăng ký khai sinh',
      keptBy: 'Công chức Tư pháp - Hộ tịch',
      retention: { kind: 'years', years: 20 },
    })
    .build();

describe('procedureToJson', () => {
  it('writes the canonical text: fixed key order, two spaces, Vietnamese as is, final newline', () => {
    const text = procedureToJson(aProcedure().build());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"name": "Đăng ký khai sinh"');
    expect(text).not.toContain('\\u');
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'code',
      'name',
      'version',
      'effectiveFrom',
      'approvedBy',
      'approvedOn',
      'legalBasis',
      'timeLimit',
      'steps',
      'records',
    ]);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "code": "1.001193.000.00.00.H56",',
      '  "name": "Đăng ký khai sinh",',
      '  "version": "1.0",',
    ]);
  });

  it('gives the same text whatever the key order of the input', () => {
    const procedure = full();
    const shuffled = JSON.parse(
      JSON.stringify(
        procedure,
        Object.keys(procedure)
          .reverse()
          .concat(...nestedKeys(procedure)),
      ),
    ) as unknown;
    expect(Object.keys(shuffled as object)[0]).not.toBe('code');
    const result = validateProcedure(shuffled);
    expect(result.ok).toBe(true);
    if (result.ok) expect(procedureToJson(result.value)).toBe(procedureToJson(procedure));
  });

  it('writes optional fields only when set', () => {
    const procedure = {
      ...aProcedure().build(),
      effectiveTo: '2026-12-31',
      supersededBy: '1.1',
      purpose: 'Mục đích',
      scope: 'Phạm vi',
    };
    const keys = Object.keys(JSON.parse(procedureToJson(procedure)) as object);
    expect(keys).toEqual([
      'code',
      'name',
      'version',
      'effectiveFrom',
      'effectiveTo',
      'approvedBy',
      'approvedOn',
      'supersededBy',
      'purpose',
      'scope',
      'legalBasis',
      'timeLimit',
      'steps',
      'records',
    ]);
  });

  it('does not change its input', () => {
    const procedure = full();
    const before = structuredClone(procedure);
    procedureToJson(procedure);
    canonicalProcedure(procedure);
    expect(procedure).toEqual(before);
  });
});

/** Every key below the top level, reversed, for a JSON.stringify allow-list that reorders them. */
function nestedKeys(value: unknown): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        keys.add(key);
        walk(child);
      }
    }
  };
  walk(value);
  return [...keys].reverse();
}

describe('parseProcedureJson', () => {
  it('round-trips: parse(toJson(p)) equals p, and toJson(parse(text)) equals the canonical text', () => {
    for (const procedure of [
      aProcedure().build(),
      full(),
      aProcedure()
        .withTimeLimit({ unit: 'working-hours', value: 4 })
        .withSteps([])
        .withStep({ id: 'x', duration: { unit: 'working-hours', value: 3.75 } })
        .build(),
    ]) {
      const text = procedureToJson(procedure);
      const back = parsed(text);
      expect(back).toEqual(procedure);
      expect(procedureToJson(back)).toBe(text);
      expect(ProcedureDefinition.parse(back)).toEqual(back);
    }
  });

  it('reads a hand-written file with defaults and extra spaces', () => {
    const text = `{
      "code": "QT-07", "name": "  Chứng thực   bản sao  ", "version": "1.0",
      "effectiveFrom": "2026-03-01", "approvedBy": "Chủ tịch UBND xã", "approvedOn": "2026-02-25",
      "timeLimit": { "unit": "working-hours", "value": 4 },
      "steps": [{ "id": "chung-thuc", "name": "Chứng thực", "responsible": { "role": "chuyen-vien" }, "duration": { "unit": "working-hours", "value": 4 } }]
    }`;
    const procedure = parsed(text);
    expect(procedure.name).toBe('Chứng thực bản sao');
    expect(procedure.records).toEqual([]);
    expect(procedureToJson(procedure)).toContain('"forms": []');
  });

  it('refuses malformed JSON with line and column: PROCEDURE_JSON_INVALID', () => {
    const text = procedureToJson(aProcedure().build()).replace('"version": "1.0",', '"version": "1.0"');
    const error = failure(text);
    expect(error.code).toBe('PROCEDURE_JSON_INVALID');
    expect(error.kind).toBe('invalid');
    expect(error.details).toMatchObject({ line: 5, column: 3, reason: 'cần dấu phẩy hoặc } nhưng gặp ký tự "\\""' });
    expect(error.messageVi).toBe(
      'Tệp JSON của quy trình bị lỗi ở dòng 5, cột 3: cần dấu phẩy hoặc } nhưng gặp ký tự "\\""',
    );
    expect(error.messageEn).toBe(
      'The procedure JSON is malformed at line 5, column 3: expected a comma or } but found character "\\""',
    );
  });

  it('refuses a repeated key that JSON.parse would silently accept', () => {
    const error = failure('{"code": "QT-01", "code": "QT-02"}');
    expect(error.code).toBe('PROCEDURE_JSON_INVALID');
    expect(error.details['reason']).toBe('trường "code" bị lặp lại trong cùng một đối tượng');
  });

  it('refuses an oversized file before reading it', () => {
    const error = failure(' '.repeat(MAX_PROCEDURE_JSON_LENGTH + 1));
    expect(error.code).toBe('PROCEDURE_JSON_INVALID');
    expect(error.details['reason']).toBe(`tệp dài quá ${MAX_PROCEDURE_JSON_LENGTH} ký tự`);
  });

  it('refuses a wrong shape with the precise field: PROCEDURE_INVALID', () => {
    const procedure = JSON.parse(procedureToJson(aProcedure().build())) as {
      steps: { duration: { value: unknown } }[];
    };
    (procedure.steps[2] as { duration: { value: unknown } }).duration.value = '1';
    const error = failure(JSON.stringify(procedure));
    expect(error.code).toBe('PROCEDURE_INVALID');
    expect(error.details['field']).toBe('steps[2].duration.value');
    expect(error.details['issue']).toBe('Thời gian thực hiện bước phải là một số');
  });

  it('refuses a valid shape that breaks a rule with the rule code', () => {
    const text = procedureToJson(aProcedure().withTimeLimit({ unit: 'working-days', value: 2 }).build());
    expect(failure(text).code).toBe('PROCEDURE_STEPS_EXCEED_LIMIT');
    expect(failure('[]').code).toBe('PROCEDURE_INVALID');
  });
});
