import { defineErrors, type DomainError } from '@lienthong/kernel';

/**
 * The error catalogue of organisations: identifier codes, tree validation and queries over time.
 * Invariant: every failure of this library is one of these codes; messages are Vietnamese first, English second.
 */
export const orgError = defineErrors({
  // mã định danh (parseOrgCode)
  CODE_WRONG_LENGTH: {
    kind: 'invalid',
    vi: 'Mã định danh "{code}" phải có đúng 13 ký tự dạng 000.00.00.H56, nhận được {length}',
    en: 'Organisation code "{code}" must have exactly 13 characters like 000.00.00.H56, got {length}',
  },
  CODE_WRONG_SEPARATORS: {
    kind: 'invalid',
    vi: 'Mã định danh "{code}" phải gồm bốn nhóm ngăn cách bởi dấu chấm: AAA.BB.CC.DDD',
    en: 'Organisation code "{code}" must be four dot-separated groups: AAA.BB.CC.DDD',
  },
  CODE_GROUP_MALFORMED: {
    kind: 'invalid',
    vi: 'Nhóm {group} (cấp {level}) "{value}" của mã định danh "{code}" không khớp mẫu {expected}',
    en: 'Group {group} (level {level}) "{value}" of organisation code "{code}" does not match {expected}',
  },
  CODE_LEVEL_GAP: {
    kind: 'invalid',
    vi: 'Mã định danh "{code}" có cấp {level} nhưng thiếu cấp {missingLevel} bên trên',
    en: 'Organisation code "{code}" has level {level} but lacks level {missingLevel} above it',
  },
  // createOrgTree: one unit
  UNIT_INVALID: {
    kind: 'invalid',
    vi: 'Dữ liệu đơn vị {unitId} không hợp lệ: {summary}',
    en: 'Unit {unitId} is malformed: {summary}',
  },
  INTERVAL_EMPTY: {
    kind: 'invalid',
    vi: 'Đơn vị {unitId}: ngày hết hiệu lực {validTo} phải sau ngày bắt đầu hiệu lực {validFrom}',
    en: 'Unit {unitId}: validTo {validTo} must be after validFrom {validFrom}',
  },
  KIND_SIDE_MISMATCH: {
    kind: 'invalid',
    vi: 'Đơn vị {unitId} loại "{kind}" không thể thuộc khối "{side}"',
    en: 'Unit {unitId} of kind "{kind}" cannot be on the "{side}" side',
  },
  DUPLICATE_UNIT_ID: {
    kind: 'conflict',
    vi: 'Mã đơn vị {unitId} bị trùng',
    en: 'Unit id {unitId} appears more than once',
  },
  CODE_MALFORMED: {
    kind: 'invalid',
    vi: 'Đơn vị {unitId} có mã định danh không hợp lệ: {reasonVi}',
    en: 'Unit {unitId} has a malformed organisation code: {reasonEn}',
  },
  DUPLICATE_CODE: {
    kind: 'conflict',
    vi: 'Mã định danh {code} được dùng đồng thời cho {unitId} và {otherUnitId}',
    en: 'Organisation code {code} is used by {unitId} and {otherUnitId} at the same time',
  },
  // createOrgTree: parent links
  PARENT_NOT_FOUND: {
    kind: 'invalid',
    vi: 'Đơn vị cấp trên {parentId} của {unitId} không tồn tại',
    en: 'Parent {parentId} of unit {unitId} does not exist',
  },
  PARENT_NOT_VALID: {
    kind: 'invalid',
    vi: 'Đơn vị cấp trên {parentId} không có hiệu lực trong suốt thời gian hiệu lực của {unitId}',
    en: 'Parent {parentId} is not valid over the whole validity of unit {unitId}',
  },
  PARENT_SIDE_MISMATCH: {
    kind: 'invalid',
    vi: 'Đơn vị {unitId} (khối {side}) không thể trực thuộc {parentId} (khối {parentSide})',
    en: 'Unit {unitId} ({side} side) cannot sit under {parentId} ({parentSide} side)',
  },
  PARENT_LEVEL_BELOW: {
    kind: 'invalid',
    vi: 'Đơn vị {unitId} (cấp {level}) không thể trực thuộc {parentId} ở cấp thấp hơn ({parentLevel})',
    en: 'Unit {unitId} (level {level}) cannot sit under {parentId}, which is at a lower level ({parentLevel})',
  },
  CYCLE: {
    kind: 'invalid',
    vi: 'Quan hệ cấp trên tạo thành vòng lặp: {path}',
    en: 'Parent links form a cycle: {path}',
  },
  // createOrgTree: successions
  SUCCESSION_INVALID: {
    kind: 'invalid',
    vi: 'Dữ liệu kế thừa số {index} không hợp lệ: {summary}',
    en: 'Succession number {index} is malformed: {summary}',
  },
  SUCCESSION_UNIT_UNKNOWN: {
    kind: 'invalid',
    vi: 'Quan hệ kế thừa tham chiếu đơn vị {role} {unitId} không tồn tại',
    en: 'A succession refers to a {role} {unitId} that does not exist',
  },
  DUPLICATE_SUCCESSION: {
    kind: 'conflict',
    vi: 'Quan hệ kế thừa {predecessorId} → {successorId} bị khai báo hai lần',
    en: 'Succession {predecessorId} → {successorId} is declared twice',
  },
  SUCCESSION_SIDE_MISMATCH: {
    kind: 'invalid',
    vi: 'Đơn vị {successorId} khác khối với {predecessorId} nên không thể kế thừa',
    en: 'Unit {successorId} is on another side than {predecessorId} and cannot succeed it',
  },
  SUCCESSION_PREDECESSOR_NOT_ENDED: {
    kind: 'invalid',
    vi: 'Đơn vị {predecessorId} phải hết hiệu lực đúng ngày kế thừa {effectiveOn} (đang là {validTo})',
    en: 'Unit {predecessorId} must end exactly on the succession date {effectiveOn} (it ends on {validTo})',
  },
  SUCCESSION_SUCCESSOR_NOT_VALID: {
    kind: 'invalid',
    vi: 'Đơn vị kế thừa {successorId} không có hiệu lực vào ngày kế thừa {effectiveOn}',
    en: 'Successor {successorId} is not valid on the succession date {effectiveOn}',
  },
  RECORDS_HOLDER_MISSING: {
    kind: 'invalid',
    vi: 'Chưa chỉ định đơn vị nhận hồ sơ, tài liệu của {predecessorId}',
    en: 'No successor is marked as taking over the records of {predecessorId}',
  },
  RECORDS_HOLDER_AMBIGUOUS: {
    kind: 'invalid',
    vi: 'Hồ sơ, tài liệu của {predecessorId} được giao cho nhiều đơn vị: {successorIds}',
    en: 'The records of {predecessorId} pass to more than one successor: {successorIds}',
  },
  // queries
  DATE_MALFORMED: {
    kind: 'invalid',
    vi: 'Ngày "{date}" không hợp lệ, cần dạng YYYY-MM-DD',
    en: 'Date "{date}" is not a valid YYYY-MM-DD date',
  },
  UNIT_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy đơn vị {unitId}',
    en: 'Unit {unitId} not found',
  },
  UNIT_NOT_VALID_ON: {
    kind: 'not_found',
    vi: 'Đơn vị {unitId} không có hiệu lực vào ngày {date}',
    en: 'Unit {unitId} is not valid on {date}',
  },
  RECORDS_HOLDER_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không có đơn vị nào đang giữ hồ sơ, tài liệu của {unitId} vào ngày {date} (chuỗi kế thừa dừng ở {lastUnitId})',
    en: 'No unit holds the records of {unitId} on {date} (the succession chain stops at {lastUnitId})',
  },
  CODE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không có đơn vị nào mang mã định danh {code} vào ngày {date} hoặc trước đó',
    en: 'No unit carries organisation code {code} on or before {date}',
  },
});

/** The codes `orgError` knows. */
export type OrgErrorCode = (typeof orgError.codes)[number];

/** A rule violation of this library. */
export type OrgError = DomainError<OrgErrorCode>;
