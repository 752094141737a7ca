import { defineErrors } from '@lienthong/kernel';

/**
 * Why a register could not be exported as a file. Details: `direction` (`incoming`, `outgoing`), `book` (the book's
 * Vietnamese name, `Sổ văn bản đến`), `year`, `maxEntries`.
 */
export const registerExportError = defineErrors({
  REGISTER_EXPORT_TOO_LARGE: {
    kind: 'invalid',
    vi: '{book} năm {year} có hơn {maxEntries} văn bản, quá nhiều để xuất thành một tệp; hãy xem sổ theo trang',
    en: 'The {year} {direction} register holds more than {maxEntries} documents, too many for one file; page through it instead',
  },
});

export type RegisterExportErrorCode = (typeof registerExportError.codes)[number];
