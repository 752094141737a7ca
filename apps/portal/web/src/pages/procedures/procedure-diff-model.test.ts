import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import { diffModelOf, diffValueText, responsibleText } from './procedure-diff-model.js';
import type { ProcedureDiffResult } from './procedure-model.js';

const vi = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

type Diff = ProcedureDiffResult['diff'];

const NO_CHANGE: Diff = {
  fields: [],
  steps: { added: [], removed: [], changed: [], reordered: false },
  records: { added: [], removed: [], changed: [] },
  identical: true,
};

describe('diffValueText', () => {
  it('shows dates day first, durations and retentions in words, lists one after another', () => {
    expect(diffValueText('2025-07-01', vi, 'vi')).toBe('01/07/2025');
    expect(diffValueText({ unit: 'working-days', value: 0.5 }, vi, 'vi')).toBe('0,5 ngày làm việc');
    expect(diffValueText({ unit: 'working-hours', value: 4 }, en, 'en')).toBe('4 working hours');
    expect(diffValueText({ kind: 'permanent' }, vi, 'vi')).toBe('Vĩnh viễn');
    expect(diffValueText({ kind: 'years', years: 10 }, vi, 'vi')).toBe('10 năm');
    expect(diffValueText(['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'], vi, 'vi')).toBe(
      'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
    );
    expect(diffValueText(7.5, vi, 'vi')).toBe('7,5');
  });

  it('says "none" for an absent value rather than showing a blank', () => {
    expect(diffValueText(null, vi, 'vi')).toBe('(không có)');
    expect(diffValueText([], en, 'en')).toBe('(none)');
  });

  it('names who performs a step by title, role and unit', () => {
    expect(diffValueText({ role: 'chuyen-vien', title: 'Công chức tư pháp - hộ tịch' }, vi, 'vi')).toBe(
      'Công chức tư pháp - hộ tịch · vai trò Chuyên viên',
    );
    expect(responsibleText({ role: 'ke-toan', unit: 'th-ubnd-xa-hoang-hoa' }, vi)).toBe(
      'vai trò ke-toan · đơn vị th-ubnd-xa-hoang-hoa',
    );
  });
});

describe('diffModelOf', () => {
  it('says two identical versions changed nothing', () => {
    expect(diffModelOf(NO_CHANGE, vi, 'vi')).toMatchObject({ identical: true, changeCount: 0, fields: [] });
  });

  it('lists changed fields with their names, steps added, removed and changed, and records', () => {
    const diff: Diff = {
      fields: [
        { field: 'version', before: '1.0', after: '1.1' },
        { field: 'timeLimit', before: { unit: 'working-days', value: 5 }, after: { unit: 'working-days', value: 3 } },
        { field: 'effectiveTo', before: null, after: '2026-06-30' },
      ],
      steps: {
        added: [
          {
            id: 'tham-dinh',
            name: 'Thẩm định hồ sơ',
            responsible: { role: 'chuyen-vien' },
            duration: { unit: 'working-days', value: 1 },
            forms: [],
            outputs: [],
          },
        ],
        removed: [],
        changed: [
          {
            id: 'tiep-nhan',
            name: 'Tiếp nhận hồ sơ',
            fields: [
              {
                field: 'duration',
                before: { unit: 'working-hours', value: 4 },
                after: { unit: 'working-hours', value: 2 },
              },
            ],
          },
        ],
        reordered: true,
      },
      records: {
        added: [],
        removed: [{ name: 'Sổ theo dõi', keptBy: 'Văn thư', retention: { kind: 'years', years: 5 } }],
        changed: [
          {
            name: 'Tờ khai',
            fields: [{ field: 'retention', before: { kind: 'years', years: 5 }, after: { kind: 'permanent' } }],
          },
        ],
      },
      identical: false,
    };
    const model = diffModelOf(diff, vi, 'vi');
    expect(model.changeCount).toBe(3 + 1 + 1 + 1 + 1 + 1);
    expect(model.fields).toEqual([
      { field: 'version', label: 'Phiên bản', before: '1.0', after: '1.1' },
      { field: 'timeLimit', label: 'Thời hạn giải quyết', before: '5 ngày làm việc', after: '3 ngày làm việc' },
      { field: 'effectiveTo', label: 'Ngày hết hiệu lực', before: '(không có)', after: '30/06/2026' },
    ]);
    expect(model.steps.added).toEqual([{ id: 'tham-dinh', name: 'Thẩm định hồ sơ' }]);
    expect(model.steps.reordered).toBe(true);
    expect(model.steps.changed[0]?.fields).toEqual([
      { field: 'duration', label: 'Thời gian', before: '4 giờ làm việc', after: '2 giờ làm việc' },
    ]);
    expect(model.records.removed).toEqual(['Sổ theo dõi']);
    expect(model.records.changed[0]?.fields[0]).toEqual({
      field: 'retention',
      label: 'Thời gian lưu',
      before: '5 năm',
      after: 'Vĩnh viễn',
    });
    expect(diffModelOf(diff, en, 'en').fields[1]).toEqual({
      field: 'timeLimit',
      label: 'Time limit',
      before: '5 working days',
      after: '3 working days',
    });
  });

  it('shows a field the portal does not know by its name', () => {
    const diff: Diff = { ...NO_CHANGE, identical: false, fields: [{ field: 'newField', before: 1, after: 2 }] };
    expect(diffModelOf(diff, vi, 'vi').fields).toEqual([
      { field: 'newField', label: 'newField', before: '1', after: '2' },
    ]);
  });
});
