import { describe, expect, it } from 'vitest';
import type { OutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';
import { OUTGOING_REGISTER_BOOK, headersOf } from './register-book.js';
import { writeRegisterCsv } from './register-csv.js';

const line = (patch: Partial<OutgoingRegisterEntryDto>): OutgoingRegisterEntryDto => ({
  documentId: '0198f0a0-0000-7000-8000-000000000005',
  outgoingNumber: 1,
  numberSymbol: '01/UBND-VP',
  issuedDate: '2025-09-15',
  kindCode: 'cong-van',
  kindName: 'Công văn',
  subject: 'V/v báo cáo',
  signerName: null,
  recipients: [],
  draftedBy: 'chuyenvien.hoanghoa',
  copies: null,
  issuedAt: null,
  acknowledgedBy: null,
  status: 'issued',
  notes: null,
  ...patch,
});

describe('writeRegisterCsv', () => {
  it('writes the outgoing book: BOM, the ten headings, empty cells for unknown values, defused formulas', () => {
    const csv = writeRegisterCsv(OUTGOING_REGISTER_BOOK, [
      line({}),
      line({
        outgoingNumber: 2,
        numberSymbol: '02/QĐ-UBND',
        kindName: 'Quyết định',
        subject: 'Quyết định về việc A, B',
        signerName: 'Lê Văn Hùng',
        recipients: ['=Công ty "ABC"', 'Ủy ban nhân dân tỉnh Thanh Hóa'],
        copies: 3,
        issuedAt: new Date('2025-12-31T17:30:00Z'),
        notes: 'Đã thu hồi',
      }),
    ]);
    expect(headersOf(OUTGOING_REGISTER_BOOK)).toHaveLength(10);
    expect(csv).toBe(
      '\uFEFF' +
        '"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại và trích yếu nội dung văn bản,Người ký,Nơi nhận văn bản,' +
        '"Đơn vị, người nhận bản lưu",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú\r\n' +
        '01/UBND-VP,15/09/2025,Công văn: V/v báo cáo,,,chuyenvien.hoanghoa,,,,\r\n' +
        '02/QĐ-UBND,15/09/2025,"Quyết định về việc A, B",Lê Văn Hùng,' +
        '"\'=Công ty ""ABC""; Ủy ban nhân dân tỉnh Thanh Hóa",chuyenvien.hoanghoa,3,01/01/2026 00:30,,Đã thu hồi\r\n',
    );
  });
});
