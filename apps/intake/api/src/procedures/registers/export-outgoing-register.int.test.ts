import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectOutgoingRegisterForExport } from './outgoing-register-entries.js';
import { createOutgoingRegistersHarness, FORMULA_RECIPIENT } from './outgoing-registers.fixture.js';
import { OTHER_UNIT, UNIT } from './registers.fixture.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADINGS = [
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
];

const HEADER =
  '"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại và trích yếu nội dung văn bản,Người ký,Nơi nhận văn bản,' +
  '"Đơn vị, người nhận bản lưu",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú\r\n';

const PROVINCE = 'Ủy ban nhân dân tỉnh Thanh Hóa';

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

/** The ten cells of a row, by value (dates as Date, empty cells as null). */
function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number) {
  const row = sheet.getRow(rowNumber);
  return HEADINGS.map((_, index) => row.getCell(index + 1).value);
}

/** A wall-clock time in Vietnam as the Date exceljs reads an Excel date back into (its UTC fields are the wall clock). */
const wallClock = (iso: string) => new Date(`${iso}Z`);

describe(`registers.exportCsv and exportXlsx of the outgoing register on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createOutgoingRegistersHarness>>;
  const other = () => h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));

  beforeAll(async () => {
    h = await createOutgoingRegistersHarness();
  });
  afterAll(() => h.close());

  it('exports the year’s outgoing register as UTF-8 CSV with a BOM, the ten headings, RFC 4180 quoting and Vietnam time', async () => {
    const file = await h.clerk.registers.exportCsv({ year: 2025, direction: 'outgoing' });
    expect(file.fileName).toBe(`so-van-ban-di-${UNIT}-2025.csv`);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.content).toBe(
      '\uFEFF' +
        HEADER +
        '01/UBND-VP,15/09/2025,Công văn: V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025,Lê Văn Hùng,' +
        `${PROVINCE}; Công ty cổ phần Viễn thông ABC,chuyenvien.hoanghoa,,15/09/2025 09:00,,\r\n` +
        '02/QĐ-UBND,03/10/2025,"Quyết định: Về việc tổ chức ""Ngày chuyển đổi số"", năm 2025",Lê Văn Hùng,' +
        `${PROVINCE},chuyenvien.hoanghoa,,03/10/2025 15:15,,\r\n` +
        '03/KH-UBND,05/11/2025,Kế hoạch tuyên truyền chuyển đổi số năm 2026,Lê Văn Hùng,' +
        `${PROVINCE},chuyenvien.hoanghoa,,05/11/2025 09:00,,Đã thu hồi\r\n` +
        '04/TB-UBND,01/12/2025,Thông báo: Lịch tiếp công dân tháng 12 năm 2025,Lê Văn Hùng,' +
        `${PROVINCE},chuyenvien.hoanghoa,,01/12/2025 09:00,,Đã bị thay thế\r\n` +
        '05/TB-UBND,02/12/2025,' +
        'Thông báo: Lịch tiếp công dân tháng 12 năm 2025 (thay thế Thông báo số 04/TB-UBND),Lê Văn Hùng,' +
        `${PROVINCE},chuyenvien.hoanghoa,,02/12/2025 09:00,,\r\n`,
    );
  });

  it('puts a document issued after midnight on 1 January in Vietnam into the new year’s file', async () => {
    const file = await h.clerk.registers.exportCsv({ year: 2026, direction: 'outgoing' });
    expect(file.fileName).toBe(`so-van-ban-di-${UNIT}-2026.csv`);
    expect(file.content).toBe(
      '\uFEFF' +
        HEADER +
        `01/UBND-VP,01/01/2026,Công văn: V/v chúc mừng năm mới 2026,Lê Văn Hùng,${PROVINCE},chuyenvien.hoanghoa,,` +
        '01/01/2026 00:30,,\r\n',
    );
  });

  it('exports only the caller’s unit, and neutralises text a spreadsheet would run as a formula', async () => {
    const file = await other().registers.exportCsv({ year: 2025, direction: 'outgoing' });
    expect(file.fileName).toBe(`so-van-ban-di-${OTHER_UNIT}-2025.csv`);
    expect(file.content).toBe(
      '\uFEFF' +
        HEADER +
        `01/UBND-VP,03/10/2025,Công văn: V/v phối hợp tổ chức ngày hội,lanhdao.${OTHER_UNIT},` +
        `"'=HYPERLINK(""http://example.invalid/x"",""Bấm để xem"")",chuyenvien.${OTHER_UNIT},,03/10/2025 16:00,,\r\n`,
    );
    expect((await other().registers.exportCsv({ year: 2026, direction: 'outgoing' })).content).toBe('\uFEFF' + HEADER);
  });

  it('still exports the incoming register when no direction is given', async () => {
    const incoming = await h.clerk.registers.exportCsv({ year: 2025 });
    expect(incoming.fileName).toBe(`so-van-ban-den-${UNIT}-2025.csv`);
    expect(incoming.content).toBe(
      '\uFEFFNgày đến,Số đến,Tác giả,"Số, ký hiệu",Ngày tháng,Tên loại và trích yếu nội dung,' +
        'Đơn vị hoặc người nhận,Ngày chuyển,Ký nhận,Ghi chú\r\n',
    );
    expect(await h.clerk.registers.exportCsv({ year: 2025, direction: 'incoming' })).toEqual(incoming);
    const xlsx = await h.clerk.registers.exportXlsx({ year: 2025 });
    expect([xlsx.fileName, xlsx.rows]).toEqual([`so-van-ban-den-${UNIT}-2025.xlsx`, 0]);
    expect((await readWorkbook(xlsx.base64)).name).toBe('Sổ văn bản đến 2025');
  });

  it('exports the outgoing register as a workbook with its title, the ten headings and typed cells in Vietnam time', async () => {
    const file = await h.clerk.registers.exportXlsx({ year: 2025, direction: 'outgoing' });
    expect(file.fileName).toBe(`so-van-ban-di-${UNIT}-2025.xlsx`);
    expect(file.contentType).toBe(XLSX);
    expect(file.rows).toBe(5);

    const sheet = await readWorkbook(file.base64);
    expect(sheet.name).toBe('Sổ văn bản đi 2025');
    expect(sheet.rowCount).toBe(7);
    const title = sheet.getCell('A1');
    expect(title.value).toBe('Ủy ban nhân dân xã Hoằng Hóa — Sổ đăng ký văn bản đi năm 2025');
    expect(title.font.bold).toBe(true);
    expect(sheet.getCell('J1').master.address).toBe('A1');
    expect(rowValues(sheet, 2)).toEqual(HEADINGS);
    expect(sheet.getRow(2).getCell(6).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.columns.map((column) => column.width)).toEqual([16, 12, 60, 20, 32, 20, 8, 17, 14, 16]);

    expect(rowValues(sheet, 3)).toEqual([
      '01/UBND-VP',
      wallClock('2025-09-15T00:00:00'),
      'Công văn: V/v báo cáo kết quả triển khai chuyển đổi số quý III năm 2025',
      'Lê Văn Hùng',
      `${PROVINCE}; Công ty cổ phần Viễn thông ABC`,
      'chuyenvien.hoanghoa',
      null,
      wallClock('2025-09-15T09:00:00'),
      null,
      null,
    ]);
    expect(rowValues(sheet, 5).slice(0, 3)).toEqual([
      '03/KH-UBND',
      wallClock('2025-11-05T00:00:00'),
      'Kế hoạch tuyên truyền chuyển đổi số năm 2026',
    ]);
    expect(rowValues(sheet, 5)[9]).toBe('Đã thu hồi');
    expect(rowValues(sheet, 6)[9]).toBe('Đã bị thay thế');
    expect(rowValues(sheet, 7).slice(0, 2)).toEqual(['05/TB-UBND', wallClock('2025-12-02T00:00:00')]);

    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('H3').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('H3').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getCell('G3').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('E3').alignment.wrapText).toBe(true);
  });

  it('starts the new year’s workbook with the document issued at 00:30 on 1 January in Vietnam', async () => {
    const file = await h.clerk.registers.exportXlsx({ direction: 'outgoing' });
    expect(file.fileName).toBe(`so-van-ban-di-${UNIT}-2026.xlsx`);
    expect(file.rows).toBe(1);
    const sheet = await readWorkbook(file.base64);
    expect(sheet.name).toBe('Sổ văn bản đi 2026');
    expect(sheet.getCell('A1').value).toBe('Ủy ban nhân dân xã Hoằng Hóa — Sổ đăng ký văn bản đi năm 2026');
    expect(rowValues(sheet, 3).slice(0, 2)).toEqual(['01/UBND-VP', wallClock('2026-01-01T00:00:00')]);
    expect(rowValues(sheet, 3)[7]).toEqual(wallClock('2026-01-01T00:30:00'));
  });

  it('stores a recipient that looks like a formula as a string cell, unchanged and not evaluated', async () => {
    const sheet = await readWorkbook(
      (await other().registers.exportXlsx({ year: 2025, direction: 'outgoing' })).base64,
    );
    const recipients = sheet.getCell('E3');
    expect(recipients.type).toBe(ExcelJS.ValueType.String);
    expect(recipients.value).toBe(FORMULA_RECIPIENT);
    expect(recipients.formula).toBeUndefined();
    expect(recipients.numFmt).toBe('@');
  });

  it('lets leaders and archivists export it and refuses a specialist with ROLE_REQUIRED', async () => {
    for (const role of ['lanh-dao', 'luu-tru'] as const) {
      const reader = h.as(aPrincipal({ username: `${role}.hoanghoa`, roles: [role] }));
      expect((await reader.registers.exportXlsx({ year: 2025, direction: 'outgoing' })).rows).toBe(5);
    }
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.exportCsv({ year: 2025, direction: 'outgoing' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });

  it('rejects a direction that is neither incoming nor outgoing', async () => {
    // @ts-expect-error: a client that sends a book the api does not know
    await expect(h.clerk.registers.exportCsv({ year: 2025, direction: 'internal' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('refuses a register larger than the export limit instead of building a file of it', async () => {
    const refused = await selectOutgoingRegisterForExport(h.database.db, { orgId: UNIT, year: 2025 }, 4);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'REGISTER_EXPORT_TOO_LARGE',
        kind: 'invalid',
        messageVi: 'Sổ văn bản đi năm 2025 có hơn 4 văn bản, quá nhiều để xuất thành một tệp; hãy xem sổ theo trang',
        messageEn:
          'The 2025 outgoing register holds more than 4 documents, too many for one file; page through it instead',
      },
    });
    const fits = await selectOutgoingRegisterForExport(h.database.db, { orgId: UNIT, year: 2025 }, 5);
    expect(fits.ok && fits.value.map((row) => row.outgoingNumber)).toEqual([1, 2, 3, 4, 5]);
  });
});
