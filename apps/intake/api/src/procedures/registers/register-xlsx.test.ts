import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OutgoingRegisterEntryDto } from './outgoing-register-entry.dto.js';
import { INCOMING_REGISTER_BOOK, OUTGOING_REGISTER_BOOK } from './register-book.js';
import type { RegisterEntryDto } from './register-entry.dto.js';
import { writeRegisterXlsx } from './register-xlsx.js';

const entry = (incomingNumber: number, subject: string): RegisterEntryDto => ({
  documentId: '0198f0a0-0000-7000-8000-000000000001',
  receivedAt: new Date('2025-12-31T16:30:00Z'),
  incomingNumber,
  issuer: 'UBND tỉnh Thanh Hóa',
  numberSymbol: '45/2019/QH14',
  documentDate: '2025-12-30',
  kindCode: null,
  kindName: null,
  subject,
  recipient: null,
  forwardedAt: null,
  acknowledgedBy: null,
  urgency: 'thuong',
  secrecy: 'thuong',
  notes: null,
});

describe('writeRegisterXlsx', () => {
  it('writes a workbook Excel can read even when text holds XML markup or control characters', async () => {
    // Text pasted from Word can carry a vertical tab (a manual line break) or a NUL, which XML 1.0 forbids: they must
    // not corrupt the file.
    const bytes = await writeRegisterXlsx(INCOMING_REGISTER_BOOK, {
      unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
      year: 2025,
      createdAt: new Date('2026-01-06T02:00:00Z'),
      entries: [entry(1, 'Về <b>"A" & \'B\'</b>'), entry(2, 'dòng 1\u000bdòng 2\ndòng\u0000 3')],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('F3').value).toBe('Về <b>"A" & \'B\'</b>');
    expect(sheet?.getCell('F4').value).toBe('dòng 1\ndòng 2\ndòng 3');
    expect(workbook.creator).toBe('Liên Thông');
    expect(workbook.created).toEqual(new Date('2026-01-06T02:00:00Z'));
  });

  it('writes the outgoing book with its own sheet name, title, ten columns and an empty cell for what is unknown', async () => {
    const entry: OutgoingRegisterEntryDto = {
      documentId: '0198f0a0-0000-7000-8000-000000000002',
      outgoingNumber: 7,
      numberSymbol: '07/UBND-VP',
      issuedDate: '2026-01-01',
      kindCode: 'cong-van',
      kindName: 'Công văn',
      subject: 'V/v báo cáo',
      signerName: 'Lê Văn Hùng',
      recipients: ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Công ty ABC'],
      draftedBy: 'chuyenvien.hoanghoa',
      copies: null,
      issuedAt: new Date('2025-12-31T17:30:00Z'),
      acknowledgedBy: null,
      status: 'recalled',
      notes: 'Đã thu hồi',
    };
    const bytes = await writeRegisterXlsx(OUTGOING_REGISTER_BOOK, {
      unitName: 'Ủy ban nhân dân xã Hoằng Hóa',
      year: 2026,
      createdAt: new Date('2026-01-06T02:00:00Z'),
      entries: [entry],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Sổ văn bản đi 2026');
    expect(sheet?.getCell('A1').value).toBe('Ủy ban nhân dân xã Hoằng Hóa — Sổ đăng ký văn bản đi năm 2026');
    expect(sheet?.getCell('J1').master.address).toBe('A1');
    const cells = Array.from({ length: 11 }, (_, index) => sheet?.getRow(3).getCell(index + 1).value ?? null);
    expect(cells).toEqual([
      '07/UBND-VP',
      new Date('2026-01-01T00:00:00Z'),
      'Công văn: V/v báo cáo',
      'Lê Văn Hùng',
      'Ủy ban nhân dân tỉnh Thanh Hóa; Công ty ABC',
      'chuyenvien.hoanghoa',
      null,
      // 00:30 on 1 January in Vietnam, as Excel's zone-less date.
      new Date('2026-01-01T00:30:00Z'),
      null,
      'Đã thu hồi',
      null,
    ]);
    expect(sheet?.getCell('G3').numFmt).toBe('0');
  });
});
