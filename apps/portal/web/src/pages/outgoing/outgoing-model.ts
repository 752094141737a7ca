import type { IntakeInputs, IntakeOutputs } from '@lienthong/intake-api/router';

/**
 * What the outgoing pages know about the documents domain. The portal ships no domain library (its package.json lists
 * none at runtime), so the few tables it needs are copied here; `outgoing-model.test.ts` checks them against
 * `@lienthong/documents` so that a change there fails the portal's tests instead of drifting silently.
 */

/** An outgoing document as `outgoing.find` lists it (dates arrive as `Date` through superjson). */
export type OutgoingDocument = IntakeOutputs['outgoing']['find']['items'][number];
/** One document with its file versions, consultation rounds and history (`outgoing.get`). */
export type OutgoingDetail = IntakeOutputs['outgoing']['get'];
export type OutgoingFile = OutgoingDetail['files'][number];
export type ConsultationRound = OutgoingDetail['rounds'][number];
export type ConsultationComment = ConsultationRound['comments'][number];
export type HistoryEntry = OutgoingDetail['history'][number];
export type MyConsultation = IntakeOutputs['outgoing']['myConsultations'][number];
export type OrgUnit = IntakeOutputs['organization']['findUnits']['items'][number];

export type CreateOutgoingInput = IntakeInputs['outgoing']['create'];
export type OpenConsultationInput = IntakeInputs['outgoing']['openConsultation'];
export type FindOutgoingInput = NonNullable<IntakeInputs['outgoing']['find']>;

export type OutgoingStatus = OutgoingDocument['status'];
export type Urgency = OutgoingDocument['urgency'];
export type Secrecy = OutgoingDocument['secrecy'];
export type DocumentSystem = OutgoingDocument['documentSystem'];
export type Recipient = OutgoingDocument['recipients'][number];
export type Participant = ConsultationRound['participants'][number];

/** The lifecycle's states in their order (libs/documents OUTGOING_STATES). */
export const OUTGOING_STATUSES = [
  'draft',
  'in-consultation',
  'submitted',
  'approved',
  'signed',
  'numbered',
  'issued',
  'recalled',
  'replaced',
] as const satisfies readonly OutgoingStatus[];

export function isOutgoingStatus(value: string): value is OutgoingStatus {
  return (OUTGOING_STATUSES as readonly string[]).includes(value);
}

/** Mức độ khẩn, ordinary first (libs/documents URGENCY_LEVELS). */
export const URGENCY_LEVELS = ['thuong', 'khan', 'thuong-khan', 'hoa-toc'] as const satisfies readonly Urgency[];
/** Độ mật, not classified first (libs/documents SECRECY_LEVELS). */
export const SECRECY_LEVELS = ['thuong', 'mat', 'toi-mat', 'tuyet-mat'] as const satisfies readonly Secrecy[];

/**
 * A kind a unit may draft. `legalNormative` is `sometimes` for the State kinds that may also be legal normative
 * documents (their symbol then carries the year). Names are the legal names, the same in both languages.
 */
export type DraftKind = {
  readonly code: string;
  readonly name: string;
  readonly abbreviation: string | null;
  readonly legalNormative: 'never' | 'sometimes' | 'always';
};

/** State kinds (Decree 30/2020 Điều 7 and Phụ lục III), then those that exist only as central legal normative acts. */
export const STATE_KINDS: readonly DraftKind[] = [
  { code: 'nghi-quyet', name: 'Nghị quyết', abbreviation: 'NQ', legalNormative: 'sometimes' },
  { code: 'quyet-dinh', name: 'Quyết định', abbreviation: 'QĐ', legalNormative: 'sometimes' },
  { code: 'chi-thi', name: 'Chỉ thị', abbreviation: 'CT', legalNormative: 'never' },
  { code: 'quy-che', name: 'Quy chế', abbreviation: 'QC', legalNormative: 'never' },
  { code: 'quy-dinh', name: 'Quy định', abbreviation: 'QyĐ', legalNormative: 'never' },
  { code: 'thong-cao', name: 'Thông cáo', abbreviation: 'TC', legalNormative: 'never' },
  { code: 'thong-bao', name: 'Thông báo', abbreviation: 'TB', legalNormative: 'never' },
  { code: 'huong-dan', name: 'Hướng dẫn', abbreviation: 'HD', legalNormative: 'never' },
  { code: 'chuong-trinh', name: 'Chương trình', abbreviation: 'CTr', legalNormative: 'never' },
  { code: 'ke-hoach', name: 'Kế hoạch', abbreviation: 'KH', legalNormative: 'never' },
  { code: 'phuong-an', name: 'Phương án', abbreviation: 'PA', legalNormative: 'never' },
  { code: 'de-an', name: 'Đề án', abbreviation: 'ĐA', legalNormative: 'never' },
  { code: 'du-an', name: 'Dự án', abbreviation: 'DA', legalNormative: 'never' },
  { code: 'bao-cao', name: 'Báo cáo', abbreviation: 'BC', legalNormative: 'never' },
  { code: 'bien-ban', name: 'Biên bản', abbreviation: 'BB', legalNormative: 'never' },
  { code: 'to-trinh', name: 'Tờ trình', abbreviation: 'TTr', legalNormative: 'never' },
  { code: 'hop-dong', name: 'Hợp đồng', abbreviation: 'HĐ', legalNormative: 'never' },
  { code: 'cong-dien', name: 'Công điện', abbreviation: 'CĐ', legalNormative: 'never' },
  { code: 'ban-ghi-nho', name: 'Bản ghi nhớ', abbreviation: 'BGN', legalNormative: 'never' },
  { code: 'ban-thoa-thuan', name: 'Bản thỏa thuận', abbreviation: 'BTT', legalNormative: 'never' },
  { code: 'giay-uy-quyen', name: 'Giấy ủy quyền', abbreviation: 'GUQ', legalNormative: 'never' },
  { code: 'giay-moi', name: 'Giấy mời', abbreviation: 'GM', legalNormative: 'never' },
  { code: 'giay-gioi-thieu', name: 'Giấy giới thiệu', abbreviation: 'GGT', legalNormative: 'never' },
  { code: 'giay-nghi-phep', name: 'Giấy nghỉ phép', abbreviation: 'GNP', legalNormative: 'never' },
  { code: 'phieu-gui', name: 'Phiếu gửi', abbreviation: 'PG', legalNormative: 'never' },
  { code: 'phieu-chuyen', name: 'Phiếu chuyển', abbreviation: 'PC', legalNormative: 'never' },
  { code: 'phieu-bao', name: 'Phiếu báo', abbreviation: 'PB', legalNormative: 'never' },
  { code: 'cong-van', name: 'Công văn', abbreviation: null, legalNormative: 'never' },
  { code: 'thu-cong', name: 'Thư công', abbreviation: null, legalNormative: 'never' },
  { code: 'nghi-dinh', name: 'Nghị định', abbreviation: 'NĐ', legalNormative: 'always' },
  { code: 'thong-tu', name: 'Thông tư', abbreviation: 'TT', legalNormative: 'always' },
  { code: 'thong-tu-lien-tich', name: 'Thông tư liên tịch', abbreviation: 'TTLT', legalNormative: 'always' },
];

/** Party kinds (HD 36-HD/VPTW). */
export const PARTY_KINDS: readonly DraftKind[] = [
  { code: 'nghi-quyet', name: 'Nghị quyết', abbreviation: 'NQ', legalNormative: 'never' },
  { code: 'quyet-dinh', name: 'Quyết định', abbreviation: 'QĐ', legalNormative: 'never' },
  { code: 'chi-thi', name: 'Chỉ thị', abbreviation: 'CT', legalNormative: 'never' },
  { code: 'ket-luan', name: 'Kết luận', abbreviation: 'KL', legalNormative: 'never' },
  { code: 'quy-che', name: 'Quy chế', abbreviation: 'QC', legalNormative: 'never' },
  { code: 'quy-dinh', name: 'Quy định', abbreviation: 'QĐi', legalNormative: 'never' },
  { code: 'thong-tri', name: 'Thông tri', abbreviation: 'TT', legalNormative: 'never' },
  { code: 'huong-dan', name: 'Hướng dẫn', abbreviation: 'HD', legalNormative: 'never' },
  { code: 'thong-bao', name: 'Thông báo', abbreviation: 'TB', legalNormative: 'never' },
  { code: 'bao-cao', name: 'Báo cáo', abbreviation: 'BC', legalNormative: 'never' },
  { code: 'ke-hoach', name: 'Kế hoạch', abbreviation: 'KH', legalNormative: 'never' },
  { code: 'chuong-trinh', name: 'Chương trình', abbreviation: 'CTr', legalNormative: 'never' },
  { code: 'to-trinh', name: 'Tờ trình', abbreviation: 'TTr', legalNormative: 'never' },
  { code: 'cong-van', name: 'Công văn', abbreviation: 'CV', legalNormative: 'never' },
  { code: 'bien-ban', name: 'Biên bản', abbreviation: 'BB', legalNormative: 'never' },
];

/** Copies (bản sao): one number series per system. */
export const COPY_KINDS: Readonly<Record<DocumentSystem, readonly DraftKind[]>> = {
  state: [
    { code: 'sao-y', name: 'Bản sao y', abbreviation: 'SY', legalNormative: 'never' },
    { code: 'trich-sao', name: 'Bản trích sao', abbreviation: 'TrS', legalNormative: 'never' },
    { code: 'sao-luc', name: 'Bản sao lục', abbreviation: 'SL', legalNormative: 'never' },
  ],
  party: [{ code: 'ban-sao', name: 'Bản sao', abbreviation: 'BS', legalNormative: 'never' }],
};

/** The State công văn, whose symbol names the drafting unit after the issuer (`45/UBND-VP`). */
export const CONG_VAN = 'cong-van';

/**
 * The kinds a unit of `system` may draft, in the order of the decree: thư công (no number) and the kinds only
 * central bodies issue (Nghị định, Thông tư) are left out, since intake refuses them; copies come last.
 */
export function draftKindsFor(system: DocumentSystem): readonly DraftKind[] {
  const documents = system === 'party' ? PARTY_KINDS : STATE_KINDS;
  return [
    ...documents.filter((kind) => kind.code !== 'thu-cong' && kind.legalNormative !== 'always'),
    ...COPY_KINDS[system],
  ];
}

/** A kind of `system` by its code (copies included), or `undefined`. */
export function findKind(system: DocumentSystem, code: string): DraftKind | undefined {
  return [...(system === 'party' ? PARTY_KINDS : STATE_KINDS), ...COPY_KINDS[system]].find(
    (kind) => kind.code === code,
  );
}

/** The kind's name as shown in lists: its legal name, or its code when the portal does not know it. */
export function kindName(system: DocumentSystem, code: string): string {
  return findKind(system, code)?.name ?? code;
}

/** Whether a State công văn: only then does the symbol carry the drafting unit's code. */
export function needsUnitCode(system: DocumentSystem, kindCode: string): boolean {
  return system === 'state' && kindCode === CONG_VAN;
}

/** Whether the kind may be a legal normative document (its symbol then carries the year: `12/2026/QĐ-UBND`). */
export function mayBeLegalNormative(system: DocumentSystem, kindCode: string): boolean {
  return findKind(system, kindCode)?.legalNormative === 'sometimes' && system === 'state';
}

/**
 * The document system of the signed-in user's unit: Party when the directory says the unit is on the Party side,
 * State otherwise (and while the directory is not loaded: almost every user of the portal works for a People's
 * Committee).
 */
export function systemOfUnit(units: readonly OrgUnit[] | undefined, orgId: string | null): DocumentSystem {
  const unit = units?.find((candidate) => candidate.id === orgId);
  return unit?.side === 'party' ? 'party' : 'state';
}
