import { defineErrors } from '@lienthong/kernel';

/** Rules of ISO records as this service keeps them; the rules of the records themselves are libs/workflows' codes. */
export const isoError = defineErrors({
  ISO_RECORDS_FORBIDDEN: {
    kind: 'forbidden',
    vi: 'Chỉ quản trị hệ thống mới được xem hoặc thay đổi hồ sơ ISO của đơn vị khác ({orgId})',
    en: "Only administrators may read or change another unit's ISO records ({orgId})",
  },
  ISO_PROCEDURE_NOT_IN_CATALOGUE: {
    kind: 'invalid',
    vi: 'Danh mục quy trình của đơn vị {orgId} không có quy trình mã {codes}',
    en: 'The procedures catalogue of unit {orgId} has no procedure {codes}',
  },
  ISO_PROCEDURE_VERSION_UNKNOWN: {
    kind: 'invalid',
    vi: 'Quy trình {code} trong danh mục của đơn vị {orgId} không có phiên bản {version}',
    en: 'Procedure {code} in the catalogue of unit {orgId} has no version {version}',
  },
  ISO_RECORD_EXISTS: {
    kind: 'conflict',
    vi: '{recordLabel} mã {id} đã có trong hồ sơ của đơn vị {orgId}',
    en: 'The {record} {id} is already on record in unit {orgId}',
  },
  ISO_AUDIT_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Đơn vị {orgId} không có hồ sơ đánh giá nội bộ mã {auditId}',
    en: 'Unit {orgId} has no internal audit {auditId}',
  },
  ISO_NONCONFORMITY_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Đơn vị {orgId} không có điểm không phù hợp mã {id}',
    en: 'Unit {orgId} has no nonconformity {id}',
  },
  ISO_RECORD_STALE: {
    kind: 'conflict',
    vi: 'Điểm không phù hợp {id} vừa được người khác cập nhật (phiên bản {current}, không phải {expected}); hãy tải lại',
    en: 'Nonconformity {id} was just changed by someone else (version {current}, not {expected}); reload it',
  },
});
