import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRegisterForExport } from './register-entries.js';
import { createRegistersHarness, OTHER_UNIT, UNIT } from './registers.fixture.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADINGS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];

/** A subject a spreadsheet would run as a formula if it were written as one. */
const FORMULA_SUBJECT = '=HYPERLINK("http://example.invalid/x","Bấm để xem")';

/** Reads the workbook's bytes back the way a user's Excel would get them: from the base64 the procedure returned. */
async function readWorkbook(base64: string) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load`'s argument as an ArrayBuffer (its own `Buffer` interface), so pass one of exactly the bytes.
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** The ten cells of a row, by value (dates as Date, the số đến as a number, empty cells as null). */
function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number) {
  const row = sheet.getRow(rowNumber);
  return HEADINGS.map((_, index) => row.getCell(index + 1).value);
}

/** A wall-clock time in Vietnam as the Date exceljs reads an Excel date back into (its UTC fields are the wall clock). */
const wallClock = (iso: string) => new Date(`${iso}Z`);

describe(`registers.exportXlsx on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createRegistersHarness>>;
  let other: Awaited<ReturnType<typeof createRegistersHarness>>['clerk'];

  beforeAll(async () => {
    h = await createRegistersHarness();
    other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));
    h.clock.set('2026-01-06T02:00:00Z');
    // A law names no kind in its symbol, so column 6 is the subject alone and starts with `=`.
    await other.incoming.register({
      issuer: 'Quốc hội',
      numberSymbol: '02/2025/QH15',
      documentDate: '2025-12-20',
      subject: FORMULA_SUBJECT,
    });
  });
  afterAll(() => h.close());

  it('exports the year’s register as a workbook with a title, the Phụ lục IV headings and typed cells in Vietnam time', async () => {
    const file = await h.clerk.registers.exportXlsx({ year: 2025 });
    expect(file.fileName).toBe(`so-van-ban-den-${UNIT}-2025.xlsx`);
    expect(file.contentType).toBe(XLSX);
    expect(file.rows).toBe(4);

    const sheet = await readWorkbook(file.base64);
    expect(sheet.name).toBe('Sổ văn bản đến 2025');
    expect(sheet.rowCount).toBe(6);

    const title = sheet.getCell('A1');
    expect(title.value).toBe('Ủy ban nhân dân xã Hoằng Hóa — Sổ đăng ký văn bản đến năm 2025');
    expect(title.font.bold).toBe(true);
    expect(sheet.getCell('J1').isMerged).toBe(true);
    expect(sheet.getCell('J1').master.address).toBe('A1');

    expect(rowValues(sheet, 2)).toEqual(HEADINGS);
    for (const [index] of HEADINGS.entries()) {
      const heading = sheet.getRow(2).getCell(index + 1);
      expect(heading.font.bold).toBe(true);
      expect(heading.alignment.wrapText).toBe(true);
      expect(heading.border).toMatchObject({
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      });
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.columns.map((column) => column.width)).toEqual([17, 8, 28, 16, 12, 60, 24, 17, 14, 16]);

    expect(rowValues(sheet, 3)).toEqual([
      wallClock('2025-09-15T09:00:00'),
      1,
      'UBND tỉnh Thanh Hóa',
      '12/QĐ-UBND',
      wallClock('2025-09-10T00:00:00'),
      'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số',
      null,
      null,
      null,
      null,
    ]);
    expect(rowValues(sheet, 4)).toEqual([
      wallClock('2025-10-03T15:15:00'),
      2,
      'Văn phòng UBND tỉnh',
      '45/UBND-VP',
      wallClock('2025-10-01T00:00:00'),
      'Công văn: Về việc tổ chức "Ngày chuyển đổi số", năm 2025',
      null,
      null,
      null,
      'Khẩn',
    ]);
    expect(rowValues(sheet, 5).slice(0, 2)).toEqual([wallClock('2025-10-20T08:00:00'), 3]);
    // 23:30 on 31 December in Vietnam, 16:30 UTC: still in the 2025 register, and shown as 31/12.
    expect(rowValues(sheet, 6).slice(0, 2)).toEqual([wallClock('2025-12-31T23:30:00'), 4]);

    const received = sheet.getCell('A3');
    expect(received.type).toBe(ExcelJS.ValueType.Date);
    expect(received.numFmt).toBe('dd/mm/yyyy hh:mm');
    const documentDate = sheet.getCell('E3');
    expect(documentDate.type).toBe(ExcelJS.ValueType.Date);
    expect(documentDate.numFmt).toBe('dd/mm/yyyy');
    const incomingNumber = sheet.getCell('B3');
    expect(incomingNumber.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('F3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('F3').alignment.wrapText).toBe(true);
    expect(sheet.getCell('F3').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
  });

  it('puts a document received after midnight on 1 January in Vietnam into the new year’s workbook', async () => {
    const file = await h.clerk.registers.exportXlsx({ year: 2026 });
    expect(file.fileName).toBe(`so-van-ban-den-${UNIT}-2026.xlsx`);
    expect(file.rows).toBe(2);
    const sheet = await readWorkbook(file.base64);
    expect(sheet.name).toBe('Sổ văn bản đến 2026');
    expect(sheet.getCell('A1').value).toBe('Ủy ban nhân dân xã Hoằng Hóa — Sổ đăng ký văn bản đến năm 2026');
    expect(rowValues(sheet, 3)).toEqual([
      wallClock('2026-01-01T00:30:00'),
      1,
      'UBND tỉnh Thanh Hóa',
      '01/KH-UBND',
      wallClock('2025-12-29T00:00:00'),
      'Kế hoạch cải cách hành chính năm 2026',
      null,
      null,
      null,
      null,
    ]);
    expect(rowValues(sheet, 4)[9]).toBe('Mật');
  });

  it('defaults to this year in Vietnam', async () => {
    const file = await h.clerk.registers.exportXlsx();
    expect(file.fileName).toBe(`so-van-ban-den-${UNIT}-2026.xlsx`);
    expect(file.rows).toBe(2);
  });

  it('stores text that looks like a formula as a string cell, unchanged and not evaluated', async () => {
    const file = await other.registers.exportXlsx({ year: 2026 });
    expect(file.rows).toBe(1);
    const sheet = await readWorkbook(file.base64);
    const subject = sheet.getCell('F3');
    expect(subject.type).toBe(ExcelJS.ValueType.String);
    expect(subject.value).toBe(FORMULA_SUBJECT);
    expect(subject.formula).toBeUndefined();
    // Text format (`@`): a user who edits the cell in Excel and presses Enter still gets text, not a formula.
    expect(subject.numFmt).toBe('@');

    const lastYear = await readWorkbook((await other.registers.exportXlsx({ year: 2025 })).base64);
    const issuer = lastYear.getCell('C3');
    expect(issuer.type).toBe(ExcelJS.ValueType.String);
    // No apostrophe, unlike the CSV: a string cell needs none, and Excel would show it.
    expect(issuer.value).toBe('@SUM(1+1)*cmd');
  });

  it('exports only the caller’s unit, and a year with nothing as title and headings alone', async () => {
    const file = await other.registers.exportXlsx({ year: 2025 });
    expect(file.fileName).toBe(`so-van-ban-den-${OTHER_UNIT}-2025.xlsx`);
    expect(file.rows).toBe(1);
    expect(rowValues(await readWorkbook(file.base64), 3).slice(1, 4)).toEqual([1, '@SUM(1+1)*cmd', '99/QĐ-UBND']);

    const empty = await h.clerk.registers.exportXlsx({ year: 2024 });
    expect(empty.rows).toBe(0);
    const sheet = await readWorkbook(empty.base64);
    expect(sheet.rowCount).toBe(2);
    expect(rowValues(sheet, 2)).toEqual(HEADINGS);
  });

  it('lets leaders and archivists of the unit export it', async () => {
    for (const role of ['lanh-dao', 'luu-tru'] as const) {
      const reader = h.as(aPrincipal({ username: `${role}.hoanghoa`, roles: [role] }));
      expect((await reader.registers.exportXlsx({ year: 2025 })).rows).toBe(4);
    }
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.exportXlsx({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });

  it('refuses a register larger than the export limit instead of building a file of it', async () => {
    const refused = await selectRegisterForExport(h.database.db, { orgId: UNIT, year: 2025 }, 3);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'REGISTER_EXPORT_TOO_LARGE',
        kind: 'invalid',
        messageVi: 'Sổ văn bản đến năm 2025 có hơn 3 văn bản, quá nhiều để xuất thành một tệp; hãy xem sổ theo trang',
      },
    });
    const fits = await selectRegisterForExport(h.database.db, { orgId: UNIT, year: 2025 }, 4);
    expect(fits.ok && fits.value.map((row) => row.incomingNumber)).toEqual([1, 2, 3, 4]);
  });
});
