import { defineErrors } from '@lienthong/kernel';

/** Rules of the outgoing workflow that the lifecycle table alone does not say. */
export const outgoingError = defineErrors({
  OUTGOING_NOT_DRAFTER: {
    kind: 'forbidden',
    vi: 'Chỉ người soạn thảo ({draftedBy}) mới được {action}',
    en: 'Only the drafter ({draftedBy}) may {action}',
  },
  OUTGOING_NOT_EDITABLE: {
    kind: 'conflict',
    vi: 'Văn bản đang ở trạng thái "{statusLabel}": chỉ thêm phiên bản khi đang soạn thảo hoặc lấy ý kiến',
    en: 'The document is "{statusLabel}": versions are added only while drafting or in consultation',
  },
  OUTGOING_NO_FILE: {
    kind: 'invalid',
    vi: 'Dự thảo chưa có tệp nào; hãy tải lên tệp dự thảo trước',
    en: 'The draft has no file yet; upload the draft file first',
  },
  OUTGOING_STALE: {
    kind: 'conflict',
    vi: 'Văn bản vừa được người khác thay đổi; hãy tải lại trang rồi thử lại',
    en: 'The document was just changed by someone else; reload and try again',
  },
  OUTGOING_CONFIDENTIAL_EXTERNAL: {
    kind: 'invalid',
    vi: 'Văn bản {secrecyLabel} không được gửi điện tử cho nơi nhận ngoài hệ thống ({recipient})',
    en: 'A {secrecyLabel} document may not be sent electronically to an outside recipient ({recipient})',
  },
  OUTGOING_RECIPIENT_UNKNOWN: {
    kind: 'invalid',
    vi: 'Nơi nhận {orgId} không phải đơn vị đang hoạt động trong hệ thống',
    en: 'Recipient {orgId} is not an active unit of the system',
  },
  OUTGOING_NO_RECIPIENT: {
    kind: 'invalid',
    vi: 'Văn bản chưa có nơi nhận; hãy thêm ít nhất một nơi nhận trước khi phát hành',
    en: 'The document has no recipient; add at least one before issuing it',
  },
  CONSULTATION_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy đợt lấy ý kiến {roundId}',
    en: 'Consultation round {roundId} not found',
  },
  CONSULTATION_CLOSED: {
    kind: 'conflict',
    vi: 'Đợt lấy ý kiến đã kết thúc; không nhận thêm góp ý',
    en: 'The consultation round is closed; no more comments are taken',
  },
  CONSULTATION_DEADLINE_PASSED: {
    kind: 'invalid',
    vi: 'Đã quá hạn góp ý ({deadline})',
    en: 'The deadline for comments has passed ({deadline})',
  },
  CONSULTATION_DEADLINE_IN_PAST: {
    kind: 'invalid',
    vi: 'Hạn góp ý phải sau thời điểm hiện tại',
    en: 'The comment deadline must be in the future',
  },
  CONSULTATION_NOT_PARTICIPANT: {
    kind: 'forbidden',
    vi: 'Bạn không có tên trong đợt lấy ý kiến này',
    en: 'You are not among the participants of this consultation round',
  },
  REPLACEMENT_INVALID: {
    kind: 'invalid',
    vi: 'Văn bản thay thế phải là một văn bản đi khác của đơn vị, đã phát hành',
    en: 'The replacement must be another issued outgoing document of the unit',
  },
  EDXML_ORGAN_ID_MISSING: {
    kind: 'invalid',
    vi: 'Đơn vị {unitName} chưa có mã định danh điện tử (dạng 000.00.00.H56) nên chưa gửi được văn bản điện tử',
    en: 'Unit {unitName} has no electronic organ id (like 000.00.00.H56), so it cannot send documents electronically',
  },
  EDXML_NO_EXTERNAL_RECIPIENT: {
    kind: 'invalid',
    vi: 'Văn bản không có nơi nhận ngoài hệ thống có mã định danh điện tử để gửi qua trục liên thông',
    en: 'The document has no outside recipient with an electronic organ id to send over the interconnection',
  },
});
