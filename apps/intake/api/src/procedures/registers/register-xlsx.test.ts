import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
    const bytes = await writeRegisterXlsx({
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
});
