import { describe, expect, it } from 'vitest';
import { noteInput, reasonInput, toApologyInput } from './dossier-command-forms.js';

const REF = { id: '0199a3b2-7c1e-7d2a-9f00-1234567890ab', version: 4 };

describe('reasons and notes', () => {
  it('require a reason, collapsing the white space of pasted text', () => {
    expect(reasonInput('  Thiếu   bản sao\n giấy chứng sinh ')).toEqual({
      ok: true,
      reason: 'Thiếu bản sao giấy chứng sinh',
    });
    expect(reasonInput(' \n ')).toEqual({ ok: false, problem: { key: 'dossiers.action.validation.reasonRequired' } });
    expect(reasonInput('x'.repeat(2001))).toEqual({
      ok: false,
      problem: { key: 'dossiers.action.validation.tooLong' },
    });
  });

  it('leave a blank note out', () => {
    expect(noteInput('   ')).toEqual({ ok: true });
    expect(noteInput(' Đã kiểm tra đủ ')).toEqual({ ok: true, note: 'Đã kiểm tra đủ' });
  });
});

describe('toApologyInput', () => {
  it('sends the reason and the new day with the version the user saw', () => {
    expect(toApologyInput(REF, { reason: 'Chờ xác minh', date: '22/9/2025' }, '2025-09-18')).toEqual({
      ok: true,
      input: { ...REF, reason: 'Chờ xác minh', newAppointment: '2025-09-22' },
    });
  });

  it('refuses a day that is not after the current appointment, and a missing reason', () => {
    expect(toApologyInput(REF, { reason: '', date: '18/09/2025' }, '2025-09-18')).toEqual({
      ok: false,
      problems: {
        reason: { key: 'dossiers.action.validation.reasonRequired' },
        date: { key: 'dossiers.apology.validation.notLater', params: { current: '18/09/2025' } },
      },
    });
    expect(toApologyInput(REF, { reason: 'Chờ xác minh', date: '2025-09-22' }, '2025-09-18')).toEqual({
      ok: false,
      problems: { date: { key: 'validation.dateFormat' } },
    });
  });
});
