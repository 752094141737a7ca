import { describe, expect, it } from 'vitest';
import {
  addCorrectiveAction,
  closeNonconformity,
  completeCorrectiveAction,
  validateNonconformity,
  verifyCorrectiveAction,
  type Nonconformity,
} from './nonconformity.js';

const opened = (): Nonconformity => {
  const result = validateNonconformity({
    id: 'NC-2026-01',
    detectedOn: '2026-06-09',
    source: 'internal-audit',
    sourceRef: 'DGNB-2026/F1',
    procedureCode: 'QT-07',
    procedureVersion: '1.0',
    clause: '7.5.3',
    description: 'Sổ theo dõi hồ sơ không ghi đủ ngày trả kết quả',
    correction: 'Bổ sung ngay các ngày còn thiếu',
    rootCause: 'Mẫu sổ cũ không có cột ngày trả',
    correctiveActions: [
      { id: 'A1', description: 'Sửa mẫu sổ theo Mẫu 06', owner: 'Bộ phận một cửa', dueOn: '2026-06-30' },
    ],
    status: 'open',
  });
  if (!result.ok) throw result.error;
  return result.value;
};

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

function failure<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; details: Record<string, unknown> } },
) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** The nonconformity with A1 done on 25/06 and verified effective on 10/07. */
const settled = () =>
  unwrap(
    verifyCorrectiveAction(unwrap(completeCorrectiveAction(opened(), 'A1', '2026-06-25')), 'A1', {
      on: '2026-07-10',
      by: 'Thư ký ISO',
      effective: true,
    }),
  );

describe('corrective actions and closing (ISO 9001 clause 10.2)', () => {
  it('closes a nonconformity once every action is done and verified effective', () => {
    const closed = unwrap(closeNonconformity(settled(), { on: '2026-07-10', by: 'Chủ tịch UBND xã' }));
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-07-10', closedBy: 'Chủ tịch UBND xã' });
    expect(closed.correctiveActions[0]).toMatchObject({
      doneOn: '2026-06-25',
      verification: { on: '2026-07-10', effective: true },
    });
  });

  it('refuses to close while an action is not done or not verified: NONCONFORMITY_ACTIONS_OPEN', () => {
    const notDone = failure(closeNonconformity(opened(), { on: '2026-07-10', by: 'x' }));
    expect(notDone.code).toBe('NONCONFORMITY_ACTIONS_OPEN');
    expect(notDone.details['actionIds']).toEqual(['A1']);
    const notVerified = failure(
      closeNonconformity(unwrap(completeCorrectiveAction(opened(), 'A1', '2026-06-25')), { on: '2026-07-10', by: 'x' }),
    );
    expect(notVerified.code).toBe('NONCONFORMITY_ACTIONS_OPEN');
    const withSecond = unwrap(
      addCorrectiveAction(settled(), {
        id: 'A2',
        description: 'Tập huấn lại',
        owner: 'Văn phòng',
        dueOn: '2026-08-31',
      }),
    );
    expect(failure(closeNonconformity(withSecond, { on: '2026-09-01', by: 'x' })).details['actionIds']).toEqual(['A2']);
  });

  it('refuses to close without any action: NONCONFORMITY_NO_ACTION', () => {
    const bare = { ...opened(), correctiveActions: [] };
    expect(failure(closeNonconformity(bare, { on: '2026-07-10', by: 'x' })).code).toBe('NONCONFORMITY_NO_ACTION');
  });

  it('refuses to close when no action was found effective, until a new one is: NONCONFORMITY_NOT_EFFECTIVE', () => {
    const ineffective = unwrap(
      verifyCorrectiveAction(unwrap(completeCorrectiveAction(opened(), 'A1', '2026-06-25')), 'A1', {
        on: '2026-07-10',
        by: 'Thư ký ISO',
        effective: false,
        note: 'Vẫn còn sổ ghi thiếu',
      }),
    );
    expect(failure(closeNonconformity(ineffective, { on: '2026-07-10', by: 'x' })).code).toBe(
      'NONCONFORMITY_NOT_EFFECTIVE',
    );
    let fixed = unwrap(
      addCorrectiveAction(ineffective, {
        id: 'A2',
        description: 'Kiểm tra sổ hằng tuần',
        owner: 'Văn phòng',
        dueOn: '2026-07-31',
      }),
    );
    fixed = unwrap(completeCorrectiveAction(fixed, 'A2', '2026-07-31'));
    fixed = unwrap(verifyCorrectiveAction(fixed, 'A2', { on: '2026-08-15', by: 'Thư ký ISO', effective: true }));
    expect(unwrap(closeNonconformity(fixed, { on: '2026-08-15', by: 'x' })).status).toBe('closed');
  });

  it('refuses to close before the last verification: ISO_DATES_OUT_OF_ORDER', () => {
    const error = failure(closeNonconformity(settled(), { on: '2026-07-09', by: 'x' }));
    expect(error.code).toBe('ISO_DATES_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ earlier: '2026-07-10', later: '2026-07-09', path: 'closedOn' });
  });

  it('changes nothing once closed: NONCONFORMITY_CLOSED', () => {
    const closed = unwrap(closeNonconformity(settled(), { on: '2026-07-10', by: 'x' }));
    expect(failure(closeNonconformity(closed, { on: '2026-07-11', by: 'x' })).code).toBe('NONCONFORMITY_CLOSED');
    expect(
      failure(addCorrectiveAction(closed, { id: 'A9', description: 'x', owner: 'y', dueOn: '2026-08-01' })).code,
    ).toBe('NONCONFORMITY_CLOSED');
    expect(failure(completeCorrectiveAction(closed, 'A1', '2026-07-11')).code).toBe('NONCONFORMITY_CLOSED');
    expect(failure(verifyCorrectiveAction(closed, 'A1', { on: '2026-07-11', by: 'x', effective: true })).code).toBe(
      'NONCONFORMITY_CLOSED',
    );
  });

  it('verifies only a done action, once: CORRECTIVE_ACTION_NOT_DONE, CORRECTIVE_ACTION_ALREADY_DONE', () => {
    expect(failure(verifyCorrectiveAction(opened(), 'A1', { on: '2026-07-10', by: 'x', effective: true })).code).toBe(
      'CORRECTIVE_ACTION_NOT_DONE',
    );
    expect(failure(verifyCorrectiveAction(settled(), 'A1', { on: '2026-07-11', by: 'x', effective: true })).code).toBe(
      'CORRECTIVE_ACTION_ALREADY_DONE',
    );
    expect(failure(completeCorrectiveAction(settled(), 'A1', '2026-06-26')).code).toBe(
      'CORRECTIVE_ACTION_ALREADY_DONE',
    );
  });

  it('names an unknown action: CORRECTIVE_ACTION_UNKNOWN', () => {
    expect(failure(completeCorrectiveAction(opened(), 'A7', '2026-06-25')).code).toBe('CORRECTIVE_ACTION_UNKNOWN');
    expect(failure(verifyCorrectiveAction(opened(), 'A7', { on: '2026-06-25', by: 'x', effective: true })).code).toBe(
      'CORRECTIVE_ACTION_UNKNOWN',
    );
  });

  it('keeps dates in order: done or due before detection, verified before done', () => {
    expect(failure(completeCorrectiveAction(opened(), 'A1', '2026-06-08')).code).toBe('ISO_DATES_OUT_OF_ORDER');
    const error = failure(
      verifyCorrectiveAction(unwrap(completeCorrectiveAction(opened(), 'A1', '2026-06-25')), 'A1', {
        on: '2026-06-24',
        by: 'x',
        effective: true,
      }),
    );
    expect(error.code).toBe('ISO_DATES_OUT_OF_ORDER');
    expect(error.details['path']).toBe('correctiveActions[0].verification.on');
    const early = failure(
      addCorrectiveAction(opened(), { id: 'A2', description: 'x', owner: 'y', dueOn: '2026-06-01' }),
    );
    expect(early.code).toBe('ISO_DATES_OUT_OF_ORDER');
    expect(early.details['path']).toBe('correctiveActions[1].dueOn');
  });

  it('refuses a repeated action id and a malformed action', () => {
    expect(
      failure(addCorrectiveAction(opened(), { id: 'A1', description: 'x', owner: 'y', dueOn: '2026-07-01' })).code,
    ).toBe('ISO_DUPLICATE_ID');
    const malformed = failure(
      addCorrectiveAction(opened(), { id: 'A2', description: '', owner: 'y', dueOn: '2026-07-01' }),
    );
    expect(malformed).toMatchObject({
      code: 'ISO_RECORD_INVALID',
      details: { field: 'correctiveActions[1].description' },
    });
  });

  it('never changes its input', () => {
    const nc = opened();
    const before = structuredClone(nc);
    completeCorrectiveAction(nc, 'A1', '2026-06-25');
    addCorrectiveAction(nc, { id: 'A2', description: 'x', owner: 'y', dueOn: '2026-07-01' });
    expect(nc).toEqual(before);
  });
});

describe('validateNonconformity', () => {
  it('refuses a record stored as closed that breaks the closing rule', () => {
    const closedTooSoon = { ...opened(), status: 'closed', closedOn: '2026-07-10', closedBy: 'x' };
    expect(failure(validateNonconformity(closedTooSoon)).code).toBe('NONCONFORMITY_ACTIONS_OPEN');
  });

  it('refuses a verification recorded on an action not done', () => {
    const record = {
      ...opened(),
      correctiveActions: [
        {
          id: 'A1',
          description: 'x',
          owner: 'y',
          dueOn: '2026-06-30',
          verification: { on: '2026-07-01', by: 'z', effective: true },
        },
      ],
    };
    const error = failure(validateNonconformity(record));
    expect(error.code).toBe('CORRECTIVE_ACTION_NOT_DONE');
  });

  it.each([
    [{ status: 'closed' }, 'closedOn', 'Ngày đóng phải là một ngày có thật, dạng YYYY-MM-DD'],
    [{ closedOn: '2026-07-10' }, 'nonconformity', 'Điểm không phù hợp có trường không được hỗ trợ: closedOn'],
    [{ status: 'pending' }, 'status', 'Trạng thái (status) phải là open hoặc closed'],
    [{ source: 'audit' }, 'source', 'Nguồn phát hiện không hợp lệ'],
    [{ procedureVersion: '1' }, 'procedureVersion', 'Phiên bản quy trình phải có dạng 1.0'],
  ])('refuses a malformed record %j: ISO_RECORD_INVALID', (patch, field, issue) => {
    const error = failure(validateNonconformity({ ...opened(), ...patch }));
    expect(error.code).toBe('ISO_RECORD_INVALID');
    expect(error.details).toMatchObject({ field, issue });
  });
});
