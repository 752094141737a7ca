import { describe, expect, it } from 'vitest';
import { InternalAudit, validateInternalAudit } from './internal-audit.js';

const audit = () => ({
  id: 'DGNB-2026',
  plannedOn: '2026-06-01',
  startedOn: '2026-06-08',
  endedOn: '2026-06-09',
  reportedOn: '2026-06-12',
  criteria: 'TCVN ISO 9001:2015; các quy trình nội bộ của UBND xã',
  auditors: [
    { name: 'Lê Thị B', unitId: 'van-phong' },
    { name: 'Trần Văn C', unitId: 'dia-chinh' },
  ],
  auditedUnits: ['tu-phap', 'mot-cua'],
  procedureCodes: ['1.001193.000.00.00.H56', 'QT-07'],
  findings: [
    {
      id: 'F1',
      type: 'nonconformity',
      procedureCode: 'QT-07',
      clause: '7.5.3',
      description: 'Sổ theo dõi hồ sơ không ghi đủ ngày trả',
      nonconformityId: 'NC-2026-01',
    },
    { id: 'F2', type: 'opportunity', description: 'Nên gửi tin nhắn hẹn trả kết quả' },
  ] as Record<string, unknown>[],
});

function failure(value: unknown) {
  const result = validateInternalAudit(value);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('validateInternalAudit', () => {
  it('accepts a complete audit record', () => {
    const result = validateInternalAudit(audit());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.findings).toHaveLength(2);
  });

  it('defaults the scope and the findings to empty lists', () => {
    const { procedureCodes: _scope, findings: _findings, ...rest } = audit();
    const result = validateInternalAudit(rest);
    expect(result.ok && [result.value.procedureCodes, result.value.findings]).toEqual([[], []]);
  });

  it.each([
    [
      { endedOn: '2026-06-07' },
      'endedOn',
      'Ngày kết thúc đánh giá (2026-06-07) không được trước ngày bắt đầu đánh giá (2026-06-08)',
    ],
    [
      { reportedOn: '2026-06-08' },
      'reportedOn',
      'Ngày báo cáo (2026-06-08) không được trước ngày kết thúc đánh giá (2026-06-09)',
    ],
  ])('keeps the dates in order: %j → ISO_DATES_OUT_OF_ORDER', (patch, path, message) => {
    const error = failure({ ...audit(), ...patch });
    expect(error.code).toBe('ISO_DATES_OUT_OF_ORDER');
    expect(error.details['path']).toBe(path);
    expect(error.messageVi).toBe(message);
  });

  it('refuses an auditor from an audited unit: AUDITOR_NOT_IMPARTIAL (9.2.2 c)', () => {
    const error = failure({ ...audit(), auditors: [{ name: 'Nguyễn Văn A', unitId: 'tu-phap' }] });
    expect(error.code).toBe('AUDITOR_NOT_IMPARTIAL');
    expect(error.details).toMatchObject({ auditor: 'Nguyễn Văn A', unitId: 'tu-phap', path: 'auditors[0]' });
  });

  it('refuses a finding on a procedure outside the scope: AUDIT_FINDING_OUT_OF_SCOPE', () => {
    const record = audit();
    record.findings[0] = { ...record.findings[0], procedureCode: 'QT-99' };
    const error = failure(record);
    expect(error.code).toBe('AUDIT_FINDING_OUT_OF_SCOPE');
    expect(error.details).toMatchObject({ findingId: 'F1', procedureCode: 'QT-99' });
  });

  it('refuses repeated finding ids: ISO_DUPLICATE_ID', () => {
    const record = audit();
    record.findings[1] = { ...record.findings[1], id: 'F1' };
    const error = failure(record);
    expect(error.code).toBe('ISO_DUPLICATE_ID');
    expect(error.messageVi).toBe('Mã "F1" bị trùng trong các phát hiện');
  });

  it.each([
    [{ auditors: [] }, 'auditors', 'Cần ít nhất một đánh giá viên'],
    [{ auditedUnits: [] }, 'auditedUnits', 'Cần ít nhất một đơn vị được đánh giá'],
    [{ startedOn: '08/06/2026' }, 'startedOn', 'Ngày bắt đầu đánh giá phải là một ngày có thật, dạng YYYY-MM-DD'],
    [
      { findings: [{ id: 'F1', type: 'minor', description: 'x' }] },
      'findings[0].type',
      'Loại phát hiện phải là nonconformity, observation hoặc opportunity',
    ],
    [
      { findings: [{ id: 'F1', type: 'observation', description: 'x', clause: 'điều 7' }] },
      'findings[0].clause',
      'Điều khoản ISO 9001 phải có dạng 7.5.3',
    ],
    [{ extra: true }, 'audit', 'Hồ sơ đánh giá nội bộ có trường không được hỗ trợ: extra'],
  ])('refuses a malformed record %j: ISO_RECORD_INVALID', (patch, field, issue) => {
    const error = failure({ ...audit(), ...patch });
    expect(error.code).toBe('ISO_RECORD_INVALID');
    expect(error.details).toMatchObject({ field, issue, record: 'internal audit' });
    expect(error.messageVi).toBe(`Hồ sơ đánh giá nội bộ không hợp lệ ở "${field}": ${issue}`);
  });

  it('is a zod schema usable at a service boundary', () => {
    expect(InternalAudit.safeParse(audit()).success).toBe(true);
  });
});
