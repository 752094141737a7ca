import { defineErrors } from '@lienthong/kernel';

/** What the one-stop desk refuses before a dossier is numbered; nothing is stored and no sequence is used. */
export const dossierError = defineErrors({
  DOSSIER_PROCEDURE_UNKNOWN: {
    kind: 'not_found',
    vi: 'Danh mục thủ tục của đơn vị không có quy trình mã {procedureCode}',
    en: "The unit's catalogue has no procedure {procedureCode}",
  },
  DOSSIER_PROCEDURE_NOT_IN_FORCE: {
    kind: 'conflict',
    vi: 'Quy trình {procedureCode} không có phiên bản nào có hiệu lực ngày {date}: chưa thể tiếp nhận hồ sơ theo quy trình này',
    en: 'Procedure {procedureCode} has no version in force on {date}: dossiers cannot be received under it',
  },
  DOSSIER_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy hồ sơ {dossier}',
    en: 'Dossier {dossier} was not found',
  },
});
