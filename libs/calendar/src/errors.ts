import { defineErrors } from '@lienthong/kernel';

/** Every rule violation of this domain: one kind and one pair of messages per code. */
export const calendarError = defineErrors({
  CALENDAR_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy {id}',
    en: '{id} not found',
  },
});

export type CalendarErrorCode = (typeof calendarError.codes)[number];
