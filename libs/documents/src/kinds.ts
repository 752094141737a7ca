/** The two systems of official documents: State bodies (Decree 30/2020/NĐ-CP) and Party bodies (HD 36-HD/VPTW). */
export const DOCUMENT_SYSTEMS = ['state', 'party'] as const;
export type DocumentSystem = (typeof DOCUMENT_SYSTEMS)[number];

/**
 * Whether a State kind is a legal normative document (văn bản quy phạm pháp luật), whose symbol carries the year
 * (`30/2020/NĐ-CP`): `never` (administrative only), `sometimes` (either: `12/QĐ-UBND` or `12/2024/QĐ-UBND`),
 * `always` (only ever normative, so the year is required).
 */
export type LegalNormativeStatus = 'never' | 'sometimes' | 'always';

type StateKindRow = {
  readonly code: string;
  readonly name: string;
  readonly abbreviation: string | null;
  readonly legalNormative: LegalNormativeStatus;
};

/**
 * State document kinds: the 29 administrative types of Decree 30/2020 Điều 7 with their Phụ lục III abbreviations
 * (công văn and thư công have none), then the types that exist only as legal normative documents.
 * Invariant: abbreviations are unique ignoring case; `QyĐ` (Quy định) is not `QĐ` (Quyết định).
 */
export const STATE_DOCUMENT_KINDS = [
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
  // Công văn's symbol is the issuing body + the drafting unit (`45/UBND-VP`); thư công has no symbol at all.
  { code: 'cong-van', name: 'Công văn', abbreviation: null, legalNormative: 'never' },
  { code: 'thu-cong', name: 'Thư công', abbreviation: null, legalNormative: 'never' },
  // Not in Điều 7: types that exist only as legal normative documents, as cited in symbols like `30/2020/NĐ-CP`.
  { code: 'nghi-dinh', name: 'Nghị định', abbreviation: 'NĐ', legalNormative: 'always' },
  { code: 'thong-tu', name: 'Thông tư', abbreviation: 'TT', legalNormative: 'always' },
  { code: 'thong-tu-lien-tich', name: 'Thông tư liên tịch', abbreviation: 'TTLT', legalNormative: 'always' },
] as const satisfies readonly StateKindRow[];

export type StateDocumentKind = (typeof STATE_DOCUMENT_KINDS)[number];
export type StateKindCode = StateDocumentKind['code'];
/** The State kinds that have an abbreviation, i.e. the ones a symbol can name (all but công văn and thư công). */
export type StateTypedKind = Extract<StateDocumentKind, { abbreviation: string }>;
export type StateTypedKindCode = StateTypedKind['code'];

/**
 * Party document kinds with the abbreviations used in Party symbols (HD 36-HD/VPTW). Invariant: Party công văn
 * carries a type code (`CV`), unlike State công văn; Quy định is `QĐi` since 2018, so `QĐ` reads as Quyết định.
 */
export const PARTY_DOCUMENT_KINDS = [
  { code: 'nghi-quyet', name: 'Nghị quyết', abbreviation: 'NQ' },
  { code: 'quyet-dinh', name: 'Quyết định', abbreviation: 'QĐ' },
  { code: 'chi-thi', name: 'Chỉ thị', abbreviation: 'CT' },
  { code: 'ket-luan', name: 'Kết luận', abbreviation: 'KL' },
  { code: 'quy-che', name: 'Quy chế', abbreviation: 'QC' },
  { code: 'quy-dinh', name: 'Quy định', abbreviation: 'QĐi' },
  { code: 'thong-tri', name: 'Thông tri', abbreviation: 'TT' },
  { code: 'huong-dan', name: 'Hướng dẫn', abbreviation: 'HD' },
  { code: 'thong-bao', name: 'Thông báo', abbreviation: 'TB' },
  { code: 'bao-cao', name: 'Báo cáo', abbreviation: 'BC' },
  { code: 'ke-hoach', name: 'Kế hoạch', abbreviation: 'KH' },
  { code: 'chuong-trinh', name: 'Chương trình', abbreviation: 'CTr' },
  { code: 'to-trinh', name: 'Tờ trình', abbreviation: 'TTr' },
  { code: 'cong-van', name: 'Công văn', abbreviation: 'CV' },
  { code: 'bien-ban', name: 'Biên bản', abbreviation: 'BB' },
] as const satisfies readonly { code: string; name: string; abbreviation: string }[];

export type PartyDocumentKind = (typeof PARTY_DOCUMENT_KINDS)[number];
export type PartyKindCode = PartyDocumentKind['code'];

/**
 * Copy kinds: the three State copy forms of Decree 30 (one number series for all three, symbol `05/SY`) and the
 * Party copy (`24-BS/UBKTTU`).
 */
export const COPY_KINDS = [
  { system: 'state', code: 'sao-y', name: 'Bản sao y', abbreviation: 'SY' },
  { system: 'state', code: 'trich-sao', name: 'Bản trích sao', abbreviation: 'TrS' },
  { system: 'state', code: 'sao-luc', name: 'Bản sao lục', abbreviation: 'SL' },
  { system: 'party', code: 'ban-sao', name: 'Bản sao', abbreviation: 'BS' },
] as const satisfies readonly { system: DocumentSystem; code: string; name: string; abbreviation: string }[];

export type CopyKind = (typeof COPY_KINDS)[number];
export type CopyKindCode = CopyKind['code'];
export type StateCopyKind = Extract<CopyKind, { system: 'state' }>;
export type PartyCopyKind = Extract<CopyKind, { system: 'party' }>;

/** Any entry of the three lists. */
export type DocumentKind = StateDocumentKind | PartyDocumentKind | CopyKind;
/** The entries a symbol can name: all but State công văn and thư công. */
export type AbbreviatedKind = StateTypedKind | PartyDocumentKind | CopyKind;

/** True for an entry of `COPY_KINDS`. */
export function isCopyKind(kind: DocumentKind): kind is CopyKind {
  return 'system' in kind;
}

/** Clerks' lookalikes of Đ: the Icelandic eth (Ð, ð) that some keyboards produce. */
const normalizeAbbreviation = (value: string): string =>
  value.normalize('NFKC').trim().replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toUpperCase();

/** The key used when the exact spelling is not found: Đ typed as D (`QD` for `QĐ`). */
const foldD = (upper: string): string => upper.replace(/Đ/g, 'D');

function kindsOf(system: DocumentSystem): readonly AbbreviatedKind[] {
  const documents: readonly DocumentKind[] = system === 'state' ? STATE_DOCUMENT_KINDS : PARTY_DOCUMENT_KINDS;
  return [...documents, ...COPY_KINDS.filter((copy) => copy.system === system)].filter(
    (kind): kind is AbbreviatedKind => kind.abbreviation !== null,
  );
}

const ABBREVIATED_KINDS = { state: kindsOf('state'), party: kindsOf('party') };

/**
 * The kind (document or copy) of `system` abbreviated `abbreviation`, or null. Ignores case and surrounding space;
 * an exact spelling wins over one with D for Đ, so `HD` is Hướng dẫn, `HĐ` Hợp đồng and `QD` Quyết định.
 */
export function findKindByAbbreviation(system: 'state', abbreviation: string): StateTypedKind | StateCopyKind | null;
export function findKindByAbbreviation(system: 'party', abbreviation: string): PartyDocumentKind | PartyCopyKind | null;
export function findKindByAbbreviation(system: DocumentSystem, abbreviation: string): AbbreviatedKind | null;
export function findKindByAbbreviation(system: DocumentSystem, abbreviation: string): AbbreviatedKind | null {
  const wanted = normalizeAbbreviation(abbreviation);
  const kinds = ABBREVIATED_KINDS[system];
  return (
    kinds.find((kind) => kind.abbreviation.toUpperCase() === wanted) ??
    kinds.find((kind) => foldD(kind.abbreviation.toUpperCase()) === foldD(wanted)) ??
    null
  );
}
