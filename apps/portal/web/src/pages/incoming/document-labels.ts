import type { IntakeOutputs } from '@lienthong/intake-api/router';
import type { MessageKey } from '../../i18n/vi.js';

type IncomingDetail = IntakeOutputs['incoming']['get'];
export type UrgencyLevel = IncomingDetail['urgency'];
export type SecrecyLevel = IncomingDetail['secrecy'];
export type IncomingStatus = IncomingDetail['status'];

// The code lists of libs/documents (metadata.ts, lifecycle.ts, kinds.ts), kept here so that the bundle does not carry
// the domain library (zod schemas, the edXML parser). The `Record<…>` types below make a level added to intake's
// output a type error here; document-labels.test.ts checks the lists and Vietnamese names against the library.

/** Mức độ khẩn, from ordinary to most urgent. */
export const URGENCY_LEVELS = ['thuong', 'khan', 'thuong-khan', 'hoa-toc'] as const satisfies readonly UrgencyLevel[];
/** Độ mật; every level but `thuong` is confidential and is registered by its metadata only. */
export const SECRECY_LEVELS = ['thuong', 'mat', 'toi-mat', 'tuyet-mat'] as const satisfies readonly SecrecyLevel[];
/** States of an incoming document, in lifecycle order. */
export const INCOMING_STATUSES = [
  'received',
  'registered',
  'directed',
  'in-progress',
  'done',
  'returned',
  'recalled',
] as const satisfies readonly IncomingStatus[];

export const URGENCY_LABELS: Readonly<Record<UrgencyLevel, MessageKey>> = {
  thuong: 'urgency.thuong',
  khan: 'urgency.khan',
  'thuong-khan': 'urgency.thuong-khan',
  'hoa-toc': 'urgency.hoa-toc',
};

export const SECRECY_LABELS: Readonly<Record<SecrecyLevel, MessageKey>> = {
  thuong: 'secrecy.thuong',
  mat: 'secrecy.mat',
  'toi-mat': 'secrecy.toi-mat',
  'tuyet-mat': 'secrecy.tuyet-mat',
};

export const INCOMING_STATUS_LABELS: Readonly<Record<IncomingStatus, MessageKey>> = {
  received: 'incomingStatus.received',
  registered: 'incomingStatus.registered',
  directed: 'incomingStatus.directed',
  'in-progress': 'incomingStatus.in-progress',
  done: 'incomingStatus.done',
  returned: 'incomingStatus.returned',
  recalled: 'incomingStatus.recalled',
};

/**
 * Kinds a document's symbol can name, State (Decree 30/2020) then Party only (HD 36), then copies; one code per
 * kind, since the Party list reuses the State codes for the kinds both systems have. `khac` is registers' "other".
 */
export const KIND_LABELS = {
  'nghi-quyet': 'kind.nghi-quyet',
  'quyet-dinh': 'kind.quyet-dinh',
  'chi-thi': 'kind.chi-thi',
  'quy-che': 'kind.quy-che',
  'quy-dinh': 'kind.quy-dinh',
  'thong-cao': 'kind.thong-cao',
  'thong-bao': 'kind.thong-bao',
  'huong-dan': 'kind.huong-dan',
  'chuong-trinh': 'kind.chuong-trinh',
  'ke-hoach': 'kind.ke-hoach',
  'phuong-an': 'kind.phuong-an',
  'de-an': 'kind.de-an',
  'du-an': 'kind.du-an',
  'bao-cao': 'kind.bao-cao',
  'bien-ban': 'kind.bien-ban',
  'to-trinh': 'kind.to-trinh',
  'hop-dong': 'kind.hop-dong',
  'cong-dien': 'kind.cong-dien',
  'ban-ghi-nho': 'kind.ban-ghi-nho',
  'ban-thoa-thuan': 'kind.ban-thoa-thuan',
  'giay-uy-quyen': 'kind.giay-uy-quyen',
  'giay-moi': 'kind.giay-moi',
  'giay-gioi-thieu': 'kind.giay-gioi-thieu',
  'giay-nghi-phep': 'kind.giay-nghi-phep',
  'phieu-gui': 'kind.phieu-gui',
  'phieu-chuyen': 'kind.phieu-chuyen',
  'phieu-bao': 'kind.phieu-bao',
  'cong-van': 'kind.cong-van',
  'thu-cong': 'kind.thu-cong',
  'nghi-dinh': 'kind.nghi-dinh',
  'thong-tu': 'kind.thong-tu',
  'thong-tu-lien-tich': 'kind.thong-tu-lien-tich',
  'ket-luan': 'kind.ket-luan',
  'thong-tri': 'kind.thong-tri',
  'sao-y': 'kind.sao-y',
  'trich-sao': 'kind.trich-sao',
  'sao-luc': 'kind.sao-luc',
  'ban-sao': 'kind.ban-sao',
} as const satisfies Record<string, MessageKey>;
export type KindCode = keyof typeof KIND_LABELS;
export const KIND_CODES = Object.keys(KIND_LABELS) as KindCode[];

/** Registers count documents of no known kind under this code. */
export const OTHER_KIND = 'khac';

export function isUrgencyLevel(value: unknown): value is UrgencyLevel {
  return (URGENCY_LEVELS as readonly unknown[]).includes(value);
}
export function isSecrecyLevel(value: unknown): value is SecrecyLevel {
  return (SECRECY_LEVELS as readonly unknown[]).includes(value);
}
export function isIncomingStatus(value: unknown): value is IncomingStatus {
  return (INCOMING_STATUSES as readonly unknown[]).includes(value);
}
export function isKindCode(value: unknown): value is KindCode {
  return typeof value === 'string' && Object.hasOwn(KIND_LABELS, value);
}

/** Whether a document's content may be stored: only a document that is not classified (architecture §6). */
export function mayCarryFiles(secrecy: SecrecyLevel): boolean {
  return secrecy === 'thuong';
}

/**
 * The label of a kind code: a known kind's name, "Khác" for registers' other-kind bucket and for no kind at all, and
 * the code itself for one the portal does not know yet (shown rather than hidden).
 */
export function kindLabel(t: (key: MessageKey) => string, code: string | null): string {
  if (code === null || code === OTHER_KIND) return t('kind.khac');
  return isKindCode(code) ? t(KIND_LABELS[code]) : code;
}
