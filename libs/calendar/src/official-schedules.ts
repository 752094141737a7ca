import type { YearSchedule } from './schedule.js';

// The civil-servant calendars decided for 2024–2026. Only weekdays off are listed (weekends of a break are off anyway);
// marks as in the project reference (vn-egov.md §7): [S] secondary source (press reports of the decision), [U] unverified.

const SCHEDULE_2024: YearSchedule = {
  year: 2024,
  source:
    'Cán bộ, công chức, viên chức năm 2024. [S] Tết 08/02–14/02 (29 tháng Chạp – mùng 5), Thủ tướng phê duyệt theo đề ' +
    'xuất của Bộ LĐTBXH (VietnamNews 05/11/2023). [S] 27/04–01/05, hoán đổi thứ Hai 29/04 sang thứ Bảy 04/05 (Công văn ' +
    '2450/VPCP-KGVX, 04/2024). [S] Quốc khánh 31/08–03/09, nghỉ 02/09 và 03/09 (Bộ LĐTBXH, 08/2024). [U] 01/01 và Giỗ Tổ ' +
    '18/04 theo Điều 112, không hoán đổi.',
  daysOff: [
    { date: '2024-01-01', reason: 'Tết Dương lịch' },
    { date: '2024-02-08', reason: 'Tết Âm lịch (29 tháng Chạp)' },
    { date: '2024-02-09', reason: 'Tết Âm lịch (30 tháng Chạp)' },
    { date: '2024-02-12', reason: 'Tết Âm lịch (mùng 3)' },
    { date: '2024-02-13', reason: 'Tết Âm lịch (mùng 4)' },
    { date: '2024-02-14', reason: 'Tết Âm lịch (mùng 5)' },
    { date: '2024-04-18', reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: '2024-04-29', reason: 'Hoán đổi: nghỉ thứ Hai 29/04, làm bù thứ Bảy 04/05' },
    { date: '2024-04-30', reason: 'Ngày Chiến thắng' },
    { date: '2024-05-01', reason: 'Ngày Quốc tế Lao động' },
    { date: '2024-09-02', reason: 'Quốc khánh' },
    { date: '2024-09-03', reason: 'Quốc khánh (ngày liền kề)' },
  ],
  workingDays: [{ date: '2024-05-04', reason: 'Làm bù cho thứ Hai 29/04' }],
};

const SCHEDULE_2025: YearSchedule = {
  year: 2025,
  source:
    'Cán bộ, công chức, viên chức năm 2025. [S] Tết 25/01–02/02 (26 tháng Chạp – mùng 5): 5 ngày Tết từ thứ Hai 27/01 ' +
    'đến thứ Sáu 31/01, không hoán đổi (Thủ tướng phê duyệt 11/2024; VietnamNews, SGGP). [S] 30/04–04/05, hoán đổi thứ ' +
    'Sáu 02/05 sang thứ Bảy 26/04 (TTXVN/VietnamPlus 04/2025). [S] Quốc khánh 30/08–02/09, nghỉ 01/09 và 02/09 (SGGP ' +
    '08/2025). 01/01 và Giỗ Tổ 07/04 theo Điều 112. Không đưa vào ngày làm bù thứ Bảy 08/02/2025 mà vn-egov.md §7.2 ghi ' +
    '[U]: các nguồn trên không nhắc đến (08/02/2014 mới là ngày làm bù Tết năm 2014).',
  daysOff: [
    { date: '2025-01-01', reason: 'Tết Dương lịch' },
    { date: '2025-01-27', reason: 'Tết Âm lịch (28 tháng Chạp)' },
    { date: '2025-01-28', reason: 'Tết Âm lịch (29 tháng Chạp)' },
    { date: '2025-01-29', reason: 'Tết Âm lịch (mùng 1)' },
    { date: '2025-01-30', reason: 'Tết Âm lịch (mùng 2)' },
    { date: '2025-01-31', reason: 'Tết Âm lịch (mùng 3)' },
    { date: '2025-04-07', reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: '2025-04-30', reason: 'Ngày Chiến thắng' },
    { date: '2025-05-01', reason: 'Ngày Quốc tế Lao động' },
    { date: '2025-05-02', reason: 'Hoán đổi: nghỉ thứ Sáu 02/05, làm bù thứ Bảy 26/04' },
    { date: '2025-09-01', reason: 'Quốc khánh (ngày liền kề)' },
    { date: '2025-09-02', reason: 'Quốc khánh' },
  ],
  workingDays: [{ date: '2025-04-26', reason: 'Làm bù cho thứ Sáu 02/05' }],
};

const SCHEDULE_2026: YearSchedule = {
  year: 2026,
  source:
    'Cán bộ, công chức, viên chức năm 2026. [S] 01/01–04/01, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01 (Công văn ' +
    '12729/VPCP-KGVX ngày 25/12/2025). [S] Tết 14/02–22/02 (27 tháng Chạp – mùng 6): 5 ngày Tết 16/02–20/02 (29 tháng ' +
    'Chạp – mùng 4), không hoán đổi (Thông báo của VPCP 13/10/2025, Bộ Nội vụ). [S] Giỗ Tổ Chủ nhật 26/04, nghỉ bù thứ Hai ' +
    '27/04. [S] 30/04–03/05. [S] Quốc khánh 29/08–02/09, hoán đổi thứ Hai 31/08 sang thứ Bảy 22/08. Chưa đưa vào "Ngày ' +
    'Văn hóa Việt Nam" 24/11 (chủ trương của Bộ Chính trị, chưa thấy văn bản luật) [U].',
  daysOff: [
    { date: '2026-01-01', reason: 'Tết Dương lịch' },
    { date: '2026-01-02', reason: 'Hoán đổi: nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01' },
    { date: '2026-02-16', reason: 'Tết Âm lịch (29 tháng Chạp)' },
    { date: '2026-02-17', reason: 'Tết Âm lịch (mùng 1)' },
    { date: '2026-02-18', reason: 'Tết Âm lịch (mùng 2)' },
    { date: '2026-02-19', reason: 'Tết Âm lịch (mùng 3)' },
    { date: '2026-02-20', reason: 'Tết Âm lịch (mùng 4)' },
    { date: '2026-04-27', reason: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/04)' },
    { date: '2026-04-30', reason: 'Ngày Chiến thắng' },
    { date: '2026-05-01', reason: 'Ngày Quốc tế Lao động' },
    { date: '2026-08-31', reason: 'Hoán đổi: nghỉ thứ Hai 31/08, làm bù thứ Bảy 22/08' },
    { date: '2026-09-01', reason: 'Quốc khánh (ngày liền kề)' },
    { date: '2026-09-02', reason: 'Quốc khánh' },
  ],
  workingDays: [
    { date: '2026-01-10', reason: 'Làm bù cho thứ Sáu 02/01' },
    { date: '2026-08-22', reason: 'Làm bù cho thứ Hai 31/08' },
  ],
};

/**
 * The official civil-servant calendars shipped with the library (2024–2026), as data with their sources. Later years
 * follow the law's rule (`publicHolidays`) until a schedule is entered. Every entry passes `validateYearSchedule`.
 */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = Object.freeze(
  [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026].map(freezeSchedule),
);

/** Shared data: no caller may edit it in place (a calendar's year tables were built from it). */
export function freezeSchedule(schedule: YearSchedule): YearSchedule {
  schedule.daysOff.forEach((entry) => Object.freeze(entry));
  schedule.workingDays.forEach((entry) => Object.freeze(entry));
  Object.freeze(schedule.daysOff);
  Object.freeze(schedule.workingDays);
  return Object.freeze(schedule);
}
