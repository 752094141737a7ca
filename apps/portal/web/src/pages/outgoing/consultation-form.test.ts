import { describe, expect, it } from 'vitest';
import { defaultDeadlineText, parseDeadline, parseUsernames, toOpenConsultationInput } from './consultation-form.js';

const DOCUMENT_ID = '0199a3b2-7c1e-7d2a-9f00-1234567890ab';
const NOW = new Date('2025-09-15T02:00:00Z'); // 09:00 in Vietnam

describe('parseDeadline', () => {
  it('reads dd/MM/yyyy HH:mm as Vietnam time, whatever the computer’s time zone', () => {
    expect(parseDeadline('17/09/2025 17:00')?.toISOString()).toBe('2025-09-17T10:00:00.000Z');
    expect(parseDeadline('1/10/2025 7:05')?.toISOString()).toBe('2025-10-01T00:05:00.000Z');
    expect(parseDeadline(' 17/09/2025   17h30 ')?.toISOString()).toBe('2025-09-17T10:30:00.000Z');
    // Midnight in Vietnam is still the previous day in UTC.
    expect(parseDeadline('18/09/2025 00:00')?.toISOString()).toBe('2025-09-17T17:00:00.000Z');
  });

  it('takes the end of the working day (17:00) when no time is given', () => {
    expect(parseDeadline('17/09/2025')?.toISOString()).toBe('2025-09-17T10:00:00.000Z');
  });

  it('refuses dates and times that do not exist and other shapes', () => {
    for (const text of [
      '31/02/2025 10:00',
      '17/09/2025 24:00',
      '17/09/2025 10:60',
      '2025-09-17T10:00',
      '17/09/2025 10:00 x',
      '',
    ]) {
      expect({ text, parsed: parseDeadline(text) }).toEqual({ text, parsed: null });
    }
  });
});

describe('defaultDeadlineText', () => {
  it('suggests three days later at 17:00, counted in Vietnam', () => {
    expect(defaultDeadlineText(NOW)).toBe('18/09/2025 17:00');
    // 18:00 UTC is already the next morning in Vietnam.
    expect(defaultDeadlineText(new Date('2025-09-15T18:00:00Z'))).toBe('19/09/2025 17:00');
  });
});

describe('parseUsernames', () => {
  it('splits on commas, semicolons and spaces, keeping each name once in order', () => {
    expect(parseUsernames(' chuyenvien.tinh, lanhdao.vp;chuyenvien.tinh  vanthu ')).toEqual([
      'chuyenvien.tinh',
      'lanhdao.vp',
      'vanthu',
    ]);
    expect(parseUsernames(' , ')).toEqual([]);
  });
});

describe('toOpenConsultationInput', () => {
  it('asks people by username and units by id, with the deadline as an instant', () => {
    expect(
      toOpenConsultationInput(
        DOCUMENT_ID,
        { usernames: 'chuyenvien.tinh', unitIds: ['th-ubnd-tinh', 'th-ubnd-tinh'], deadline: '17/09/2025 17:00' },
        NOW,
      ),
    ).toEqual({
      ok: true,
      input: {
        documentId: DOCUMENT_ID,
        participants: [
          { type: 'user', username: 'chuyenvien.tinh' },
          { type: 'unit', orgId: 'th-ubnd-tinh' },
        ],
        deadline: new Date('2025-09-17T10:00:00Z'),
      },
    });
  });

  it('needs someone to ask and a deadline in the future', () => {
    expect(toOpenConsultationInput(DOCUMENT_ID, { usernames: ' ', unitIds: [], deadline: '' }, NOW)).toEqual({
      ok: false,
      errors: {
        participants: 'outgoing.validation.participantsRequired',
        deadline: 'outgoing.validation.deadlineRequired',
      },
    });
    expect(
      toOpenConsultationInput(DOCUMENT_ID, { usernames: 'a', unitIds: [], deadline: '15/09/2025 09:00' }, NOW),
    ).toEqual({ ok: false, errors: { deadline: 'outgoing.validation.deadlineInPast' } });
    expect(toOpenConsultationInput(DOCUMENT_ID, { usernames: 'a', unitIds: [], deadline: '17-9' }, NOW)).toEqual({
      ok: false,
      errors: { deadline: 'outgoing.validation.deadlineFormat' },
    });
  });
});
