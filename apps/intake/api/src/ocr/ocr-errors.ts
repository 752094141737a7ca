import { defineErrors } from '@lienthong/kernel';

export const ocrJobError = defineErrors({
  OCR_ABANDONED: {
    kind: 'conflict',
    vi: 'Đã thử đọc tệp {attempts} lần nhưng lần nào cũng bị gián đoạn; hãy báo cho quản trị hệ thống',
    en: 'Reading the file was interrupted {attempts} times; tell the system administrator',
  },
});
