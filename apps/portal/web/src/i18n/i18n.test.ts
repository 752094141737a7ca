import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { CATALOGUES, interpolate, placeholdersOf, translate } from './translate.js';
import { vi } from './vi.js';

describe('message catalogues', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('use the same placeholders for a key in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ key, placeholders: placeholdersOf(en[key]) }).toEqual({ key, placeholders: placeholdersOf(vi[key]) });
    }
  });

  it('leave no text empty', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(messages))
        expect({ locale, key, empty: text.trim() === '' }).toEqual({ locale, key, empty: false });
    }
  });

  it('name the portal areas in Vietnamese with their diacritics', () => {
    expect([
      vi['nav.incoming'],
      vi['nav.outgoing'],
      vi['nav.myWork'],
      vi['nav.signing'],
      vi['nav.procedures'],
      vi['nav.meetings'],
      vi['nav.archive'],
      vi['nav.reports'],
      vi['nav.admin'],
    ]).toEqual([
      'Văn bản đến',
      'Văn bản đi',
      'Việc của tôi',
      'Ký số',
      'Thủ tục',
      'Lịch họp',
      'Lưu trữ',
      'Báo cáo',
      'Quản trị',
    ]);
    expect(vi['list.empty']).toBe('Chưa có văn bản nào');
    expect(vi['list.loadMore']).toBe('Xem thêm');
    expect(vi['comingSoon.title']).toBe('Sắp có');
    expect(vi['queue.title']).toBe('Văn bản chờ chỉ đạo');
  });

  it('are stored in composed Unicode (NFC), as Vietnamese text is typed and searched', () => {
    for (const messages of Object.values(CATALOGUES)) {
      for (const text of Object.values(messages)) expect(text).toBe(text.normalize('NFC'));
    }
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('vi', 'incoming.register.success', { numberSymbol: '12/QĐ-UBND' })).toBe(
      'Đã vào sổ văn bản số 12/QĐ-UBND.',
    );
    expect(translate('en', 'incoming.register.success', { numberSymbol: '12/QĐ-UBND' })).toBe(
      'Document 12/QĐ-UBND has been registered.',
    );
  });

  it('keeps a placeholder visible when its value is missing', () => {
    expect(interpolate('Đơn vị: {orgId}', {})).toBe('Đơn vị: {orgId}');
    expect(interpolate('{count} văn bản', { count: 3 })).toBe('3 văn bản');
  });
});
