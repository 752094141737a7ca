import { describe, expect, it } from 'vitest';
import { describeOutgoingError } from './outgoing-errors.js';

/** The shape a tRPC client error has once service-kit's formatter has filled `data` (what the portal receives). */
function refusal(code: string, trpcCode: string, details: Record<string, unknown> = {}) {
  return { message: 'refused', data: { code: trpcCode, httpStatus: 409, domain: { code, details } } };
}

describe('describeOutgoingError', () => {
  it('names the statuses of a refused move from the portal’s catalogue, not the server’s labels', () => {
    const error = refusal('TRANSITION_NOT_ALLOWED', 'CONFLICT', {
      from: 'draft',
      to: 'issued',
      command: 'issue',
      fromLabel: 'Dự thảo',
      toLabel: 'Đã phát hành',
    });
    expect(describeOutgoingError(error)).toEqual({
      key: 'outgoing.error.TRANSITION_NOT_ALLOWED',
      params: { from: 'draft', to: 'issued', command: 'issue', fromLabel: 'Dự thảo', toLabel: 'Đã phát hành' },
      fromStatus: 'draft',
      toStatus: 'issued',
    });
  });

  it('explains who may act and shows the deadline that passed in Vietnam time', () => {
    expect(
      describeOutgoingError(refusal('OUTGOING_NOT_DRAFTER', 'FORBIDDEN', { draftedBy: 'chuyenvien.hoanghoa' })),
    ).toMatchObject({ key: 'outgoing.error.OUTGOING_NOT_DRAFTER', params: { draftedBy: 'chuyenvien.hoanghoa' } });
    expect(
      describeOutgoingError(
        refusal('CONSULTATION_DEADLINE_PASSED', 'BAD_REQUEST', { deadline: '2025-09-17T10:00:00.000Z' }),
      ),
    ).toMatchObject({ key: 'outgoing.error.CONSULTATION_DEADLINE_PASSED', params: { deadline: '17/09/2025 17:00' } });
  });

  it('leaves other errors to the portal-wide explanation', () => {
    expect(describeOutgoingError(refusal('DOCUMENT_NOT_FOUND', 'NOT_FOUND'))).toBeNull();
    expect(describeOutgoingError({ data: { code: 'FORBIDDEN', httpStatus: 403 } })).toBeNull();
    expect(describeOutgoingError(new TypeError('Failed to fetch'))).toBeNull();
  });
});
