import { describe, expect, it } from 'vitest';
import { MAX_PROCEDURE_JSON_LENGTH, exportFileName, toImportInput } from './import-form.js';
import { initialEffectiveDate, toMakeEffectiveInput } from './make-effective-form.js';

describe('toImportInput', () => {
  it('sends the file as typed, for the caller’s unit or the unit an administrator chose', () => {
    const json = '{\n  "code": "QT-07",\n  "name": "Cấp giấy phép"\n}';
    expect(toImportInput(json, null)).toEqual({ ok: true, input: { json } });
    expect(toImportInput(json, 'th-ubnd-tinh')).toEqual({ ok: true, input: { json, orgId: 'th-ubnd-tinh' } });
  });

  it('drops a byte order mark that Windows editors put before the JSON', () => {
    expect(toImportInput('\uFEFF{"code":"QT-07"}', null)).toEqual({ ok: true, input: { json: '{"code":"QT-07"}' } });
  });

  it('refuses a blank or oversized file before sending it, and leaves the JSON itself to intake', () => {
    expect(toImportInput('  \n ', null)).toEqual({ ok: false, error: 'procedures.import.validation.empty' });
    expect(toImportInput('x'.repeat(MAX_PROCEDURE_JSON_LENGTH + 1), null)).toEqual({
      ok: false,
      error: 'procedures.import.validation.tooLong',
    });
    // Malformed JSON is intake's to explain, with its line and column.
    expect(toImportInput('{ "code": ', null).ok).toBe(true);
  });
});

describe('exportFileName', () => {
  it('keeps the server’s name and makes it safe for a disk', () => {
    expect(exportFileName('QT-07_v1.1.json', 'QT-07', '1.1')).toBe('QT-07_v1.1.json');
    expect(exportFileName('QT/07:a_v1.0.json', 'QT/07:a', '1.0')).toBe('QT_07_a_v1.0.json');
    expect(exportFileName('', 'QT-07', '2.0')).toBe('QT-07_v2.0.json');
  });
});

describe('the effective date', () => {
  it('opens on the draft’s own first day and reads a date typed day first', () => {
    expect(initialEffectiveDate('2025-07-01')).toBe('01/07/2025');
    expect(toMakeEffectiveInput({ orgId: null, code: 'QT-07', version: '1.1' }, '5/9/2025')).toEqual({
      ok: true,
      input: { code: 'QT-07', version: '1.1', on: '2025-09-05' },
    });
    expect(toMakeEffectiveInput({ orgId: 'th-ubnd-tinh', code: 'QT-07', version: '1.1' }, '05/09/2025')).toEqual({
      ok: true,
      input: { code: 'QT-07', version: '1.1', on: '2025-09-05', orgId: 'th-ubnd-tinh' },
    });
  });

  it('refuses a date that is not a calendar date', () => {
    expect(toMakeEffectiveInput({ orgId: null, code: 'QT-07', version: '1.1' }, '31/02/2025')).toEqual({
      ok: false,
      error: 'validation.dateFormat',
    });
  });
});
