import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistersHarness, OTHER_UNIT, UNIT } from './registers.fixture.js';

const HEADER =
  'Ngày đến,Số đến,Tác giả,"Số, ký hiệu",Ngày tháng,Tên loại và trích yếu nội dung,' +
  'Đơn vị hoặc người nhận,Ngày chuyển,Ký nhận,Ghi chú\r\n';

describe(`registers.exportCsv on ${testDatabaseDriver()}`, () => {
  let h: Awaited<ReturnType<typeof createRegistersHarness>>;

  beforeAll(async () => {
    h = await createRegistersHarness();
  });
  afterAll(() => h.close());

  it('exports the year’s register as UTF-8 CSV with a BOM, Vietnamese headings, RFC 4180 quoting and Vietnam time', async () => {
    const file = await h.clerk.registers.exportCsv({ year: 2025 });
    expect(file.fileName).toBe(`so-van-ban-den-${UNIT}-2025.csv`);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.content).toBe(
      '\uFEFF' +
        HEADER +
        '15/09/2025 09:00,1,UBND tỉnh Thanh Hóa,12/QĐ-UBND,10/09/2025,' +
        'Quyết định về việc kiện toàn Ban chỉ đạo chuyển đổi số,,,,\r\n' +
        '03/10/2025 15:15,2,Văn phòng UBND tỉnh,45/UBND-VP,01/10/2025,' +
        '"Công văn: Về việc tổ chức ""Ngày chuyển đổi số"", năm 2025",,,,Khẩn\r\n' +
        '20/10/2025 08:00,3,UBND tỉnh Thanh Hóa,07/TB-UBND,15/10/2025,Thông báo lịch tiếp công dân quý IV,,,,\r\n' +
        '31/12/2025 23:30,4,UBND tỉnh Thanh Hóa,30/QĐ-UBND,30/12/2025,' +
        'Quyết định: Về việc phê duyệt kế hoạch năm 2026,,,,\r\n',
    );
  });

  it('puts a document received after midnight on 1 January in Vietnam into the new year’s file', async () => {
    const file = await h.clerk.registers.exportCsv({ year: 2026 });
    expect(file.fileName).toBe(`so-van-ban-den-${UNIT}-2026.csv`);
    expect(file.content).toBe(
      '\uFEFF' +
        HEADER +
        '01/01/2026 00:30,1,UBND tỉnh Thanh Hóa,01/KH-UBND,29/12/2025,Kế hoạch cải cách hành chính năm 2026,,,,\r\n' +
        '05/01/2026 10:00,2,Ban Chấp hành Trung ương,82-KL/TW,25/12/2025,' +
        'Kết luận của Bộ Chính trị về đẩy mạnh chuyển đổi số,,,,Mật\r\n',
    );
  });

  it('exports only the caller’s unit, and neutralises text a spreadsheet would run as a formula', async () => {
    const other = h.as(aPrincipal({ username: `vanthu.${OTHER_UNIT}`, orgId: OTHER_UNIT }));
    const file = await other.registers.exportCsv({ year: 2025 });
    expect(file.content).toBe(
      '\uFEFF' + HEADER + "03/10/2025 15:15,1,'@SUM(1+1)*cmd,99/QĐ-UBND,02/10/2025,Quyết định của xã khác,,,,\r\n",
    );
    expect((await other.registers.exportCsv({ year: 2026 })).content).toBe('\uFEFF' + HEADER);
  });

  it('refuses a specialist with ROLE_REQUIRED', async () => {
    const specialist = h.as(aPrincipal({ username: 'chuyenvien.hoanghoa', roles: ['chuyen-vien'] }));
    await expect(specialist.registers.exportCsv({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ROLE_REQUIRED' },
    });
  });
});
