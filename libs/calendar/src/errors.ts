import { defineErrors } from '@lienthong/kernel';

/** Every rule violation of this domain: one kind and one pair of messages per code. */
export const calendarError = defineErrors({
  CALENDAR_DATE_INVALID: {
    kind: 'invalid',
    vi: 'Ngày "{date}" không hợp lệ (phải là một ngày có thật, dạng YYYY-MM-DD)',
    en: 'Date "{date}" is not a real YYYY-MM-DD date',
  },
  CALENDAR_DATE_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Ngày {date} nằm ngoài khoảng lịch được hỗ trợ ({first} – {last})',
    en: 'Date {date} is outside the supported range ({first} – {last})',
  },
  LUNAR_DATE_INVALID: {
    kind: 'invalid',
    vi: 'Ngày âm lịch {day}/{month}/{year} không hợp lệ: năm, tháng (1–12) và ngày (1–30) phải là số nguyên',
    en: 'Lunar date {day}/{month}/{year} is invalid: year, month (1–12) and day (1–30) must be integers',
  },
  LUNAR_DATE_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Ngày âm lịch {day}/{month}/{year} nằm ngoài khoảng lịch được hỗ trợ ({first} – {last})',
    en: 'Lunar date {day}/{month}/{year} is outside the supported range ({first} – {last})',
  },
  LUNAR_DAY_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Tháng {monthVi} năm {year} âm lịch chỉ có {length} ngày, không có ngày {day}',
    en: 'Lunar month {monthEn} of {year} has only {length} days, so there is no day {day}',
  },
  LUNAR_LEAP_MONTH_MISSING: {
    kind: 'invalid',
    vi: 'Năm {year} âm lịch không có tháng {month} nhuận',
    en: 'Lunar year {year} has no leap month {month}',
  },
  SCHEDULE_INVALID: {
    kind: 'invalid',
    vi: 'Lịch nghỉ năm không hợp lệ ở "{field}": {issue}',
    en: 'The year schedule is invalid at "{field}"',
  },
  SCHEDULE_DATE_OUTSIDE_YEAR: {
    kind: 'invalid',
    vi: 'Ngày {date} không thuộc năm {year} của lịch nghỉ',
    en: 'Date {date} is not in the schedule year {year}',
  },
  SCHEDULE_DUPLICATE_DATE: {
    kind: 'invalid',
    vi: 'Ngày {date} được ghi nhiều lần trong cùng một danh sách',
    en: 'Date {date} is listed more than once in the same list',
  },
  SCHEDULE_DAY_CONFLICT: {
    kind: 'invalid',
    vi: 'Ngày {date} vừa được ghi là ngày nghỉ vừa là ngày làm việc',
    en: 'Date {date} is listed both as a day off and as a working day',
  },
  SCHEDULE_WORKING_DAY_NOT_WEEKEND: {
    kind: 'invalid',
    vi: 'Ngày làm bù {date} phải là thứ Bảy hoặc Chủ nhật',
    en: 'Make-up working day {date} must be a Saturday or a Sunday',
  },
  SCHEDULE_HOLIDAY_MISSING: {
    kind: 'invalid',
    vi: 'Lịch năm {year} thiếu ngày lễ {date} theo Điều 112 Bộ luật Lao động: {holiday}',
    en: 'The {year} schedule lacks the public holiday {date} of Labour Code Art. 112: {holiday}',
  },
  SCHEDULE_DUPLICATE_YEAR: {
    kind: 'conflict',
    vi: 'Có nhiều hơn một lịch nghỉ cho năm {year}',
    en: 'More than one schedule was given for year {year}',
  },
  OFFICE_HOURS_INVALID: {
    kind: 'invalid',
    vi: 'Giờ làm việc không hợp lệ: cần ít nhất một khoảng HH:MM, tăng dần, không chồng lấn, trong cùng một ngày',
    en: 'Invalid office hours: give at least one HH:MM period, in increasing order, non-overlapping, within one day',
  },
});

export type CalendarErrorCode = (typeof calendarError.codes)[number];
export type CalendarError = ReturnType<typeof calendarError>;
