import { defineErrors, type DomainError } from '@lienthong/kernel';

/** Every rule violation of the workflows domain: one kind and one pair of messages per code. */
export const workflowsError = defineErrors({
  // Procedures (quy trình), ISO 9001:2015 clause 7.5.
  PROCEDURE_INVALID: {
    kind: 'invalid',
    vi: 'Quy trình không hợp lệ ở "{field}": {issue}',
    en: 'The procedure is invalid at "{field}"',
  },
  PROCEDURE_JSON_INVALID: {
    kind: 'invalid',
    vi: 'Tệp JSON của quy trình bị lỗi ở dòng {line}, cột {column}: {reason}',
    en: 'The procedure JSON is malformed at line {line}, column {column}: {reasonEn}',
  },
  PROCEDURE_VERSION_INVALID: {
    kind: 'invalid',
    vi: 'Phiên bản "{version}" không hợp lệ: phải có dạng số.số, ví dụ 1.0 hoặc 2.1',
    en: 'Version "{version}" is invalid: it must look like 1.0 or 2.1',
  },
  PROCEDURE_NO_STEPS: {
    kind: 'invalid',
    vi: 'Quy trình phải có ít nhất một bước thực hiện',
    en: 'A procedure needs at least one step',
  },
  PROCEDURE_DUPLICATE_STEP_ID: {
    kind: 'invalid',
    vi: 'Mã bước "{stepId}" bị trùng trong quy trình',
    en: 'Step id "{stepId}" appears more than once in the procedure',
  },
  PROCEDURE_DUPLICATE_RECORD: {
    kind: 'invalid',
    vi: 'Hồ sơ cần lưu "{name}" được ghi nhiều lần',
    en: 'Record to keep "{name}" is listed more than once',
  },
  PROCEDURE_STEPS_EXCEED_LIMIT: {
    kind: 'invalid',
    vi:
      'Tổng thời gian các bước là {stepsHours} giờ làm việc, vượt thời hạn giải quyết {limitHours} giờ ({limitLabel}; ' +
      'tính {hoursPerDay} giờ một ngày làm việc)',
    en:
      'The steps take {stepsHours} working hours, more than the legal time limit of {limitHours} hours ({limitLabelEn}; ' +
      '{hoursPerDay} hours per working day)',
  },
  PROCEDURE_DATES_OUT_OF_ORDER: {
    kind: 'invalid',
    vi: 'Ngày {laterLabel} ({later}) không được trước ngày {earlierLabel} ({earlier})',
    en: 'The {laterLabelEn} date ({later}) may not be before the {earlierLabelEn} date ({earlier})',
  },
  PROCEDURE_SUPERSESSION_INVALID: {
    kind: 'invalid',
    vi: 'Phiên bản {version} ghi bị thay thế bởi phiên bản {supersededBy}: phiên bản thay thế phải mới hơn và phải có ngày hết hiệu lực',
    en: 'Version {version} says it is superseded by {supersededBy}: the successor must be newer and an end date must be set',
  },
  PROCEDURE_CODE_MISMATCH: {
    kind: 'invalid',
    vi: 'Quy trình mã {actual} không thuộc bộ phiên bản của quy trình mã {expected}',
    en: 'Procedure {actual} does not belong to the versions of procedure {expected}',
  },
  PROCEDURE_VERSION_EXISTS: {
    kind: 'conflict',
    vi: 'Quy trình {code} đã có phiên bản {version}',
    en: 'Procedure {code} already has version {version}',
  },
  PROCEDURE_VERSION_NOT_NEWER: {
    kind: 'conflict',
    vi: 'Phiên bản {version} của quy trình {code} phải mới hơn phiên bản mới nhất {latest}',
    en: 'Version {version} of procedure {code} must be newer than the latest version {latest}',
  },
  SECOND_EFFECTIVE_VERSION: {
    kind: 'conflict',
    vi: 'Quy trình {code}: phiên bản {version} và phiên bản {other} sẽ cùng có hiệu lực từ ngày {on}; mỗi thời điểm chỉ một phiên bản có hiệu lực',
    en: 'Procedure {code}: versions {version} and {other} would both be in force from {on}; only one version may be in force at a time',
  },

  // The dossier clock: requests for additional papers (yêu cầu bổ sung) stop it.
  CLOCK_ALREADY_PAUSED: {
    kind: 'conflict',
    vi: 'Thời hạn giải quyết đang tạm dừng từ {pausedAt}; không thể tạm dừng lần nữa',
    en: 'The clock has been paused since {pausedAt}; it cannot be paused again',
  },
  CLOCK_NOT_PAUSED: {
    kind: 'conflict',
    vi: 'Thời hạn giải quyết không tạm dừng nên không thể tiếp tục tính',
    en: 'The clock is not paused, so it cannot be resumed',
  },
  CLOCK_TIME_BEFORE_LAST: {
    kind: 'invalid',
    vi: 'Thời điểm {at} trước sự kiện gần nhất của hồ sơ ({last})',
    en: 'Instant {at} is before the last event of the dossier ({last})',
  },
  CLOCK_AS_OF_REQUIRED: {
    kind: 'invalid',
    vi: 'Hồ sơ đang tạm dừng thời hạn: cần cho biết thời điểm tính (asOf) để tính hạn giải quyết',
    en: 'The clock is paused: give the instant to compute the deadline at (asOf)',
  },

  // Dossiers (hồ sơ thủ tục hành chính) at the one-stop desk.
  DOSSIER_ORGAN_ID_INVALID: {
    kind: 'invalid',
    vi: 'Mã định danh cơ quan "{organId}" không hợp lệ: phải có dạng 000.00.00.H56',
    en: 'Organisation identifier "{organId}" is invalid: it must look like 000.00.00.H56',
  },
  DOSSIER_SEQUENCE_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Số thứ tự hồ sơ {sequence} không hợp lệ: phải là số nguyên từ 1 đến 9999 trong một ngày',
    en: 'Dossier sequence {sequence} is invalid: it must be an integer from 1 to 9999 within one day',
  },
  DOSSIER_CODE_INVALID: {
    kind: 'invalid',
    vi: 'Mã hồ sơ "{code}" không hợp lệ: phải có dạng <mã cơ quan>-<yyMMdd>-<NNNN>, ví dụ 000.00.14.H56-200203-0118',
    en: 'Dossier code "{code}" is invalid: it must look like <OrganId>-<yyMMdd>-<NNNN>, e.g. 000.00.14.H56-200203-0118',
  },
  DOSSIER_TRANSITION_NOT_ALLOWED: {
    kind: 'conflict',
    vi: 'Không thể chuyển hồ sơ từ "{fromLabel}" sang "{toLabel}"',
    en: 'A dossier cannot go from "{from}" to "{to}" ({command})',
  },
  DOSSIER_REASON_REQUIRED: {
    kind: 'invalid',
    vi: 'Cần ghi rõ lý do khi chuyển hồ sơ sang "{toLabel}"',
    en: 'A reason is required to move the dossier to "{to}"',
  },
  DOSSIER_TIME_BEFORE_LAST: {
    kind: 'invalid',
    vi: 'Thời điểm {at} trước sự kiện gần nhất của hồ sơ ({last})',
    en: 'Instant {at} is before the last event of the dossier ({last})',
  },
  DOSSIER_PROCEDURE_MISMATCH: {
    kind: 'invalid',
    vi: 'Hồ sơ được giải quyết theo quy trình {expected}, không phải {actual}',
    en: 'The dossier follows procedure {expected}, not {actual}',
  },
  DOSSIER_STEPS_INCOMPLETE: {
    kind: 'conflict',
    vi: 'Chưa hoàn thành các bước: {missing}',
    en: 'Steps not yet completed: {missing}',
  },
  STEP_UNKNOWN: {
    kind: 'not_found',
    vi: 'Quy trình không có bước "{stepId}"',
    en: 'The procedure has no step "{stepId}"',
  },
  STEP_OUT_OF_ORDER: {
    kind: 'conflict',
    vi: 'Bước "{stepId}" không phải bước tiếp theo; bước cần thực hiện là "{expectedName}"',
    en: 'Step "{stepId}" is not the next one; the next step is "{expected}"',
  },
  STEP_ALREADY_COMPLETED: {
    kind: 'conflict',
    vi: 'Bước "{stepName}" đã hoàn thành',
    en: 'Step "{stepId}" is already completed',
  },
  STEP_ROLE_REQUIRED: {
    kind: 'forbidden',
    vi: 'Bước "{stepName}" phải do người có vai trò "{role}" thực hiện',
    en: 'Step "{stepId}" must be completed by someone with the role "{role}"',
  },
  STEP_UNIT_REQUIRED: {
    kind: 'forbidden',
    vi: 'Bước "{stepName}" phải do đơn vị "{unit}" thực hiện',
    en: 'Step "{stepId}" must be completed by unit "{unit}"',
  },
  APOLOGY_NOT_ALLOWED: {
    kind: 'conflict',
    vi: 'Không lập phiếu xin lỗi và hẹn lại ngày trả kết quả cho hồ sơ "{statusLabel}"',
    en: 'No apology letter may be issued for a dossier that is "{status}"',
  },
  APOLOGY_REASON_REQUIRED: {
    kind: 'invalid',
    vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả phải nêu lý do chậm trễ',
    en: 'An apology letter must state the reason for the delay',
  },
  APOLOGY_DATE_NOT_LATER: {
    kind: 'invalid',
    vi: 'Ngày hẹn trả mới ({newAppointment}) phải sau ngày hẹn hiện tại ({current})',
    en: 'The new appointment ({newAppointment}) must be after the current one ({current})',
  },
  APOLOGY_DATE_NOT_WORKING_DAY: {
    kind: 'invalid',
    vi: 'Ngày hẹn trả mới ({newAppointment}) không phải ngày làm việc',
    en: 'The new appointment ({newAppointment}) is not a working day',
  },

  // ISO 9001:2015 records: internal audit (9.2), management review (9.3), nonconformity (10.2).
  ISO_RECORD_INVALID: {
    kind: 'invalid',
    vi: '{recordLabel} không hợp lệ ở "{field}": {issue}',
    en: 'The {record} is invalid at "{field}"',
  },
  ISO_DATES_OUT_OF_ORDER: {
    kind: 'invalid',
    vi: 'Ngày {laterLabel} ({later}) không được trước ngày {earlierLabel} ({earlier})',
    en: 'The {laterLabelEn} date ({later}) may not be before the {earlierLabelEn} date ({earlier})',
  },
  ISO_DUPLICATE_ID: {
    kind: 'invalid',
    vi: 'Mã "{id}" bị trùng trong {listLabel}',
    en: 'Id "{id}" appears more than once in {list}',
  },
  AUDITOR_NOT_IMPARTIAL: {
    kind: 'invalid',
    vi: 'Đánh giá viên {auditor} thuộc đơn vị được đánh giá ({unitId}); đánh giá viên không được đánh giá công việc của mình',
    en: 'Auditor {auditor} belongs to an audited unit ({unitId}); auditors may not audit their own work',
  },
  AUDIT_FINDING_OUT_OF_SCOPE: {
    kind: 'invalid',
    vi: 'Phát hiện {findingId} nêu quy trình {procedureCode}, không thuộc phạm vi cuộc đánh giá',
    en: 'Finding {findingId} names procedure {procedureCode}, which is outside the audit scope',
  },
  REVIEW_INPUT_MISSING: {
    kind: 'invalid',
    vi: 'Biên bản xem xét của lãnh đạo thiếu các nội dung đầu vào bắt buộc: {missingLabels}',
    en: 'The management review lacks required inputs: {missing}',
  },
  NONCONFORMITY_CLOSED: {
    kind: 'conflict',
    vi: 'Điểm không phù hợp {id} đã đóng; không thể thay đổi',
    en: 'Nonconformity {id} is closed; it cannot change',
  },
  NONCONFORMITY_NO_ACTION: {
    kind: 'conflict',
    vi: 'Điểm không phù hợp {id} chưa có hành động khắc phục nào nên chưa thể đóng',
    en: 'Nonconformity {id} has no corrective action, so it cannot be closed',
  },
  NONCONFORMITY_ACTIONS_OPEN: {
    kind: 'conflict',
    vi: 'Điểm không phù hợp {id} chưa thể đóng: các hành động khắc phục chưa hoàn thành hoặc chưa được kiểm tra xác nhận: {actions}',
    en: 'Nonconformity {id} cannot be closed: corrective actions not done or not verified: {actions}',
  },
  NONCONFORMITY_NOT_EFFECTIVE: {
    kind: 'conflict',
    vi: 'Điểm không phù hợp {id} chưa thể đóng: chưa có hành động khắc phục nào được xác nhận là có hiệu lực',
    en: 'Nonconformity {id} cannot be closed: no corrective action was verified effective',
  },
  CORRECTIVE_ACTION_UNKNOWN: {
    kind: 'not_found',
    vi: 'Không có hành động khắc phục "{actionId}"',
    en: 'No corrective action "{actionId}"',
  },
  CORRECTIVE_ACTION_NOT_DONE: {
    kind: 'conflict',
    vi: 'Hành động khắc phục "{actionId}" chưa hoàn thành nên chưa thể kiểm tra xác nhận',
    en: 'Corrective action "{actionId}" is not done, so it cannot be verified',
  },
  CORRECTIVE_ACTION_ALREADY_DONE: {
    kind: 'conflict',
    vi: 'Hành động khắc phục "{actionId}" đã được ghi nhận {state}',
    en: 'Corrective action "{actionId}" is already {stateEn}',
  },
});

export type WorkflowsErrorCode = (typeof workflowsError.codes)[number];
export type WorkflowsError = DomainError<WorkflowsErrorCode>;
