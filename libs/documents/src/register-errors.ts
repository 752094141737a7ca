import { defineErrors, type DomainError } from '@lienthong/kernel';

/** Rule violations of registers and numbering, lifecycles and intake rules: one kind and one pair of messages per code. */
export const registerError = defineErrors({
  REGISTER_CLOSED: {
    kind: 'conflict',
    vi: 'Sổ "{registerName}" đã khóa; không thể cấp số mới',
    en: 'Register "{registerName}" is closed; it cannot issue numbers',
  },
  PARTY_TERM_NOT_FOUND: {
    kind: 'invalid',
    vi: 'Không có nhiệm kỳ cấp ủy nào bao gồm ngày {date} cho sổ "{registerName}"; hãy khai báo nhiệm kỳ',
    en: 'No committee term covers {date} for register "{registerName}"; declare the term',
  },
  NUMBER_OUT_OF_ORDER: {
    kind: 'conflict',
    vi: 'Sổ "{registerName}" đã cấp số {lastNumber} ngày {lastIssuedOn}; không thể cấp số cho ngày {date} trước đó',
    en: 'Register "{registerName}" issued number {lastNumber} on {lastIssuedOn}; it cannot number an earlier date {date}',
  },
  TRANSITION_NOT_ALLOWED: {
    kind: 'conflict',
    vi: 'Không thể chuyển văn bản từ trạng thái "{fromLabel}" sang "{toLabel}"',
    en: 'A document cannot move from {from} to {to}',
  },
  REASON_REQUIRED: {
    kind: 'invalid',
    vi: 'Phải ghi lý do khi chuyển văn bản sang trạng thái "{toLabel}"',
    en: 'A reason is required to move a document to {to}',
  },
  REPLACEMENT_REQUIRED: {
    kind: 'invalid',
    vi: 'Phải chỉ rõ văn bản thay thế khi thay thế một văn bản đã phát hành',
    en: 'Replacing an issued document requires the replacing document',
  },
  CONFIDENTIAL_NOT_ELECTRONIC: {
    kind: 'forbidden',
    vi: 'Văn bản có độ mật "{secrecyLabel}" không được gửi qua hệ thống điện tử; hãy chuyển theo quy định bảo vệ bí mật nhà nước',
    en: 'A document classified "{secrecy}" may not be sent electronically; send it under the state-secrets rules',
  },
  CONFIDENTIAL_CONTENT_NOT_ALLOWED: {
    kind: 'forbidden',
    vi: 'Văn bản có độ mật "{secrecyLabel}" chỉ được đăng ký dữ liệu đặc tả; không được đưa nội dung lên hệ thống',
    en: 'A document classified "{secrecy}" is registered by its metadata only; its content may not be stored',
  },
  REGISTERED_BEFORE_RECEIVED: {
    kind: 'invalid',
    vi: 'Thời điểm vào sổ ({registeredAt}) trước thời điểm tiếp nhận ({receivedAt}); hãy kiểm tra lại',
    en: 'Registration time {registeredAt} is before reception time {receivedAt}; check them',
  },
});

export type RegisterErrorCode = (typeof registerError.codes)[number];
export type RegisterError = DomainError<RegisterErrorCode>;
