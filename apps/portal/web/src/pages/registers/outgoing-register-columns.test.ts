import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import {
  OUTGOING_REGISTER_COLUMNS,
  kindBeforeSubject,
  outgoingRegisterCells,
  type OutgoingRegisterEntry,
} from './outgoing-register-columns.js';

const viT = (key: MessageKey) => translate('vi', key);
const enT = (key: MessageKey) => translate('en', key);

/** A line as intake's `registers.outgoingEntries` answers it (its integration test's first line). */
function anEntry(overrides: Partial<OutgoingRegisterEntry> = {}): OutgoingRegisterEntry {
  return {
    documentId: '0199a3b2-7c1e-7d2a-9f00-1234567890ab',
    outgoingNumber: 1,
    numberSymbol: '01/UBND-VP',
    issuedDate: '2025-09-15',
    kindCode: 'cong-van',
    kindName: 'Công văn',
    subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
    signerName: 'Lê Văn Hùng',
    recipients: ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Công ty cổ phần Viễn thông ABC'],
    draftedBy: 'chuyenvien.hoanghoa',
    copies: null,
    issuedAt: new Date('2025-09-15T02:00:00Z'),
    acknowledgedBy: null,
    status: 'issued',
    notes: null,
    ...overrides,
  };
}

describe('the outgoing register’s columns', () => {
  it('are the ten of Phụ lục IV with the headings of intake’s export, word for word and in its order', () => {
    // Copied from OUTGOING_REGISTER_COLUMNS in apps/intake/api/src/procedures/registers/register-book.ts, which the
    // portal may not import at run time (its lint allows type imports only from a service api): change both together.
    expect(OUTGOING_REGISTER_COLUMNS.map((column) => viT(column.header))).toEqual([
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
  });

  it('have distinct English headings', () => {
    const headings = OUTGOING_REGISTER_COLUMNS.map((column) => enT(column.header));
    expect(new Set(headings).size).toBe(10);
    expect(headings[0]).toBe('Number and symbol');
  });
});

describe('outgoingRegisterCells', () => {
  it('fills the ten cells of an issued document as the export writes them', () => {
    expect(outgoingRegisterCells(anEntry(), viT)).toEqual({
      numberSymbol: '01/UBND-VP',
      issuedDate: '15/09/2025',
      kindSubject: {
        kind: 'Công văn',
        subject: 'V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
      },
      signer: 'Lê Văn Hùng',
      recipients: 'Ủy ban nhân dân tỉnh Thanh Hóa; Công ty cổ phần Viễn thông ABC',
      fileCopy: 'chuyenvien.hoanghoa',
      copies: '',
      forwardedAt: '15/09/2025 09:00',
      acknowledgedBy: '',
      notes: '',
    });
  });

  it('keeps the document’s date as a calendar date and shows ngày chuyển in Vietnam time across midnight UTC', () => {
    const cells = outgoingRegisterCells(
      anEntry({ issuedDate: '2026-01-01', issuedAt: new Date('2025-12-31T17:30:00Z') }),
      viT,
    );
    expect([cells.issuedDate, cells.forwardedAt]).toEqual(['01/01/2026', '01/01/2026 00:30']);
  });

  it('notes a recalled or replaced document in the user’s language, and shows what intake records when it does', () => {
    expect(outgoingRegisterCells(anEntry({ status: 'recalled', notes: 'Đã thu hồi' }), viT).notes).toBe('Đã thu hồi');
    expect(outgoingRegisterCells(anEntry({ status: 'replaced', notes: 'Đã bị thay thế' }), viT).notes).toBe(
      'Đã bị thay thế',
    );
    expect(outgoingRegisterCells(anEntry({ status: 'recalled', notes: 'Đã thu hồi' }), enT).notes).toBe(
      translate('en', 'outgoing.status.recalled'),
    );
    const recorded = outgoingRegisterCells(
      anEntry({ copies: 5, acknowledgedBy: 'Nguyễn Văn A', signerName: null, recipients: [], issuedAt: null }),
      viT,
    );
    expect(recorded).toMatchObject({ copies: '5', acknowledgedBy: 'Nguyễn Văn A', signer: '', recipients: '' });
    expect(recorded.forwardedAt).toBe('');
  });
});

describe('kindBeforeSubject', () => {
  it('puts the kind before the subject unless the subject starts with it, whatever its case', () => {
    expect(kindBeforeSubject({ kindName: 'Quyết định', subject: 'Về việc phê duyệt kế hoạch' }, 'Decision')).toEqual({
      kind: 'Decision',
      subject: 'Về việc phê duyệt kế hoạch',
    });
    expect(
      kindBeforeSubject({ kindName: 'Kế hoạch', subject: 'KẾ HOẠCH chuyển đổi số năm 2026' }, 'Kế hoạch').kind,
    ).toBeNull();
  });

  it('shows the subject alone for a document of no known kind', () => {
    expect(kindBeforeSubject({ kindName: null, subject: 'Thư mời họp' }, 'khac')).toEqual({
      kind: null,
      subject: 'Thư mời họp',
    });
  });
});
