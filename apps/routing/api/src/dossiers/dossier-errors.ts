import { defineErrors } from '@lienthong/kernel';

/** What routing refuses about dossiers beyond the rules of `@lienthong/workflows` (whose errors pass through). */
export const dossierError = defineErrors({
  DOSSIER_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy hồ sơ {dossierId} trong đơn vị của bạn',
    en: 'Dossier {dossierId} was not found in your unit',
  },
  DOSSIER_STALE: {
    kind: 'conflict',
    vi: 'Hồ sơ vừa được người khác cập nhật; hãy tải lại rồi thử lại',
    en: 'The dossier was just changed by someone else; reload and try again',
  },
  DOSSIER_NO_PENDING_STEP: {
    kind: 'conflict',
    vi: 'Hồ sơ đang ở trạng thái "{statusLabel}" và không còn bước nào cần thực hiện',
    en: 'The dossier is "{status}" and has no step left to complete',
  },
  REPORT_PERIOD_INVALID: {
    kind: 'invalid',
    vi: 'Kỳ báo cáo không hợp lệ: ngày bắt đầu ({from}) sau ngày kết thúc ({to})',
    en: 'The report period is invalid: it starts ({from}) after it ends ({to})',
  },
});
