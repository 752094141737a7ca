import { defineErrors } from '@lienthong/kernel';

/** Rules of the catalogue as this service keeps it; the rules of procedures themselves are libs/workflows' codes. */
export const procedureError = defineErrors({
  PROCEDURE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Danh mục của đơn vị {orgId} không có quy trình mã {code}',
    en: 'The catalogue of unit {orgId} has no procedure {code}',
  },
  PROCEDURE_VERSION_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Quy trình {code} không có phiên bản {version}',
    en: 'Procedure {code} has no version {version}',
  },
  PROCEDURE_VERSION_NOT_DRAFT: {
    kind: 'conflict',
    vi: 'Phiên bản {version} của quy trình {code} đã {statusLabel}; chỉ phiên bản dự thảo mới được đưa vào hiệu lực',
    en: 'Version {version} of procedure {code} is already {status}; only a draft can be made effective',
  },
  PROCEDURE_EFFECTIVE_DATE_PAST: {
    kind: 'invalid',
    vi:
      'Ngày hiệu lực {on} đã qua: quy trình {code} đang có phiên bản được áp dụng nên phiên bản mới chỉ có hiệu lực ' +
      'từ hôm nay ({today}) trở đi; hãy chọn ngày hiệu lực',
    en:
      'The effective date {on} is past: procedure {code} already has a version in use, so a new version takes effect ' +
      'today ({today}) at the earliest; choose the effective date',
  },
  PROCEDURE_CATALOGUE_FORBIDDEN: {
    kind: 'forbidden',
    vi: 'Chỉ quản trị hệ thống mới được thay đổi danh mục quy trình của đơn vị khác ({orgId})',
    en: "Only administrators may change another unit's catalogue of procedures ({orgId})",
  },
});
