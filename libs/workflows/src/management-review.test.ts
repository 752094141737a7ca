import { describe, expect, it } from 'vitest';
import { REVIEW_INPUT_LABELS, REVIEW_INPUT_TOPICS, validateManagementReview } from './management-review.js';

const review = () => ({
  id: 'XXLD-2026',
  heldOn: '2026-12-15',
  chairedBy: 'Chủ tịch UBND xã',
  attendees: ['Phó Chủ tịch UBND xã', 'Công chức Văn phòng - Thống kê'],
  inputs: Object.fromEntries(REVIEW_INPUT_TOPICS.map((topic) => [topic, `Đã xem xét: ${topic}`])),
  outputs: [
    {
      id: 'D1',
      kind: 'improvement',
      description: 'Rút ngắn thời hạn cấp bản sao',
      owner: 'Tư pháp',
      dueOn: '2027-03-31',
      procedureCodes: ['QT-07'],
    },
    { id: 'D2', kind: 'resource-need', description: 'Thêm một máy quét', owner: 'Văn phòng', dueOn: '2027-01-31' },
  ],
  minutesRef: '25/BB-UBND',
});

function failure(value: unknown) {
  const result = validateManagementReview(value);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('validateManagementReview', () => {
  it('accepts a review that covers every input of 9.3.2', () => {
    const result = validateManagementReview(review());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.outputs[1]?.procedureCodes).toEqual([]);
  });

  it('lists the missing inputs: REVIEW_INPUT_MISSING', () => {
    const record = review();
    delete record.inputs['audit-results'];
    delete record.inputs['resources'];
    const error = failure(record);
    expect(error.code).toBe('REVIEW_INPUT_MISSING');
    expect(error.details['topics']).toEqual(['audit-results', 'resources']);
    expect(error.messageVi).toBe(
      `Biên bản xem xét của lãnh đạo thiếu các nội dung đầu vào bắt buộc: ${REVIEW_INPUT_LABELS['audit-results']}; ${REVIEW_INPUT_LABELS.resources}`,
    );
  });

  it('refuses a decision due before the review: ISO_DATES_OUT_OF_ORDER', () => {
    const record = review();
    record.outputs[1] = { ...(record.outputs[1] as (typeof record.outputs)[number]), dueOn: '2026-12-14' };
    const error = failure(record);
    expect(error.code).toBe('ISO_DATES_OUT_OF_ORDER');
    expect(error.details['path']).toBe('outputs[1].dueOn');
  });

  it('refuses repeated decision ids: ISO_DUPLICATE_ID', () => {
    const record = review();
    record.outputs[1] = { ...(record.outputs[1] as (typeof record.outputs)[number]), id: 'D1' };
    expect(failure(record).code).toBe('ISO_DUPLICATE_ID');
  });

  it.each([
    [{ attendees: [] }, 'attendees', 'Cần ít nhất một người tham dự'],
    [{ inputs: { 'ke-hoach': 'x' } }, 'inputs', 'Nội dung đầu vào không thuộc điều 9.3.2: ke-hoach'],
    [{ inputs: { resources: '  ' } }, 'inputs.resources', 'Nội dung đầu vào không được để trống'],
    [
      { outputs: [{ id: 'D1', kind: 'other', description: 'x', owner: 'y', dueOn: '2027-01-01' }] },
      'outputs[0].kind',
      'Loại đầu ra phải là improvement, qms-change hoặc resource-need',
    ],
  ])('refuses a malformed record %j: ISO_RECORD_INVALID', (patch, field, issue) => {
    const error = failure({ ...review(), ...patch });
    expect(error.code).toBe('ISO_RECORD_INVALID');
    expect(error.details).toMatchObject({ field, issue });
  });
});
