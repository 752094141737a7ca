import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { IncomingMetadata, OutgoingMetadata, SECRECY_LABELS, SECRECY_LEVELS, URGENCY_LABELS, URGENCY_LEVELS } from './metadata.js';

function messages(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  const issues = result.success ? [] : result.error.issues;
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

// The VPCP SDK sample of the reference (§3.2): 7816/VPCP-TTĐT of 30 September 2015.
const incoming = {
  fileCode: { organId: '000.00.00.H56', fileCatalog: 2015, fileNotation: '01.TCCB' },
  docOrdinal: 3,
  typeName: 'Công văn',
  codeNumber: '7816',
  codeNotation: 'VPCP-TTĐT',
  issuedDate: '2015-09-30',
  organName: 'Văn phòng Chính phủ',
  subject: 'Về việc  triển khai\nkết nối liên thông văn bản',
  pageAmount: 2,
  arrivalDate: '2015-10-01',
  arrivalNumber: 1024,
  signerInfo: { position: 'TL. BỘ TRƯỞNG, CHỦ NHIỆM', fullName: 'Nguyễn Văn A' },
  urgency: 'khan',
  toPlaces: 'Văn phòng HĐND và UBND',
  traceHeaderList: 'Giao Văn phòng chủ trì, hạn 15/10',
  dueDate: '2015-10-15',
};

// A Party resolution, "Số 15-NQ/HU" in HD 36 form: number and symbol go in separate fields.
const outgoing = {
  typeName: 'Nghị quyết',
  codeNumber: '15',
  codeNotation: 'NQ/HU',
  issuedDate: '2025-03-10',
  organName: 'Huyện ủy Hoằng Hóa',
  subject: 'Về lãnh đạo chuyển đổi số',
  pageAmount: 4,
  signerInfo: { position: 'T/M BAN THƯỜNG VỤ, BÍ THƯ', fullName: 'Lê Văn B' },
  to: [{ organId: '000.00.00.H56', organName: 'Tỉnh ủy Thanh Hóa' }, { organName: 'Lưu Văn phòng' }],
  issuedAmount: 12,
};

describe('URGENCY_LEVELS and SECRECY_LEVELS', () => {
  it('label every level in Vietnamese, ordinary first', () => {
    expect(URGENCY_LEVELS.map((level) => URGENCY_LABELS[level])).toEqual(['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc']);
    expect(SECRECY_LEVELS.map((level) => SECRECY_LABELS[level])).toEqual(['Thường', 'Mật', 'Tối mật', 'Tuyệt mật']);
  });
});

describe('IncomingMetadata', () => {
  it('accepts the reference example and cleans its text', () => {
    const parsed = IncomingMetadata.parse(incoming);
    expect(parsed.subject).toBe('Về việc triển khai kết nối liên thông văn bản');
    expect(parsed.language).toBe('Tiếng Việt');
    expect(parsed.secrecy).toBe('thuong');
    expect(parsed.urgency).toBe('khan');
  });

  it('accepts the minimum a clerk knows at registration', () => {
    const { fileCode: _f, docOrdinal: _d, toPlaces: _t, traceHeaderList: _h, dueDate: _u, urgency: _g, ...minimum } = incoming;
    expect(IncomingMetadata.safeParse(minimum).success).toBe(true);
  });

  it('names every missing field in Vietnamese', () => {
    expect(messages(IncomingMetadata.safeParse({}))).toEqual({
      typeName: 'Tên loại văn bản là bắt buộc',
      codeNumber: 'Số của văn bản là bắt buộc',
      codeNotation: 'Ký hiệu của văn bản là bắt buộc',
      issuedDate: 'Ngày văn bản phải có dạng YYYY-MM-DD',
      organName: 'Tên cơ quan ban hành là bắt buộc',
      subject: 'Trích yếu nội dung là bắt buộc',
      pageAmount: 'Số trang là bắt buộc',
      arrivalDate: 'Ngày đến phải có dạng YYYY-MM-DD',
      arrivalNumber: 'Số đến là bắt buộc',
      signerInfo: 'Thông tin người ký là bắt buộc',
    });
  });

  it('refuses malformed values with Vietnamese messages', () => {
    const result = IncomingMetadata.safeParse({
      ...incoming,
      fileCode: { organId: '000.00.00.h56', fileCatalog: 15, fileNotation: '' },
      docOrdinal: 1000,
      codeNumber: '12a',
      subject: 'x'.repeat(501),
      pageAmount: 1.5,
      arrivalNumber: 0,
      signerInfo: { position: 'Chủ tịch' },
      urgency: 'urgent',
      secrecy: 'secret',
      toPlaces: 42,
      traceHeaderList: 42,
      dueDate: '15/10/2015',
    });
    expect(messages(result)).toEqual({
      'fileCode.organId': 'Mã định danh phải có dạng 000.00.00.H56 (13 ký tự)',
      'fileCode.fileCatalog': 'Năm hình thành hồ sơ phải là năm có 4 chữ số',
      'fileCode.fileNotation': 'Số và ký hiệu hồ sơ không được để trống',
      docOrdinal: 'Số thứ tự văn bản trong hồ sơ không được quá 999',
      codeNumber: 'Số của văn bản chỉ gồm chữ số',
      subject: 'Trích yếu nội dung dài quá 500 ký tự',
      pageAmount: 'Số trang phải là số nguyên',
      arrivalNumber: 'Số đến phải từ 1 trở lên',
      'signerInfo.fullName': 'Họ tên người ký là bắt buộc',
      urgency: 'Mức độ khẩn phải là Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc',
      secrecy: 'Độ mật phải là Thường, Mật, Tối mật hoặc Tuyệt mật',
      toPlaces: 'Đơn vị hoặc người nhận là bắt buộc',
      traceHeaderList: 'Ý kiến chỉ đạo, trạng thái xử lý phải là văn bản',
      dueDate: 'Thời hạn giải quyết phải có dạng YYYY-MM-DD',
    });
  });

  it('refuses a page count given as text', () => {
    expect(messages(IncomingMetadata.safeParse({ ...incoming, pageAmount: '2' }))).toEqual({ pageAmount: 'Số trang phải là số' });
  });

  it('refuses a file year outside four digits', () => {
    const result = IncomingMetadata.safeParse({ ...incoming, fileCode: { ...incoming.fileCode, fileCatalog: 10000 } });
    expect(messages(result)).toEqual({ 'fileCode.fileCatalog': 'Năm hình thành hồ sơ phải là năm có 4 chữ số' });
    const text = IncomingMetadata.safeParse({ ...incoming, fileCode: { ...incoming.fileCode, fileCatalog: '2015' } });
    expect(messages(text)).toEqual({ 'fileCode.fileCatalog': 'Năm hình thành hồ sơ phải là số' });
  });

  it('refuses an arrival before the document date', () => {
    expect(messages(IncomingMetadata.safeParse({ ...incoming, arrivalDate: '2015-09-29' }))).toEqual({
      arrivalDate: 'Ngày đến không thể trước ngày văn bản',
    });
  });

  it('accepts a document that arrives on the day it is dated', () => {
    expect(IncomingMetadata.safeParse({ ...incoming, arrivalDate: '2015-09-30' }).success).toBe(true);
  });
});

describe('OutgoingMetadata', () => {
  it('accepts a Party resolution with one recipient outside the interconnection', () => {
    const parsed = OutgoingMetadata.parse({ ...outgoing, secrecy: 'mat' });
    expect(parsed.to).toEqual(outgoing.to);
    expect(parsed.urgency).toBe('thuong');
    expect(parsed.secrecy).toBe('mat');
  });

  it('refuses a document without recipients', () => {
    expect(messages(OutgoingMetadata.safeParse({ ...outgoing, to: [] }))).toEqual({ to: 'Phải có ít nhất một nơi nhận' });
    expect(messages(OutgoingMetadata.safeParse({ ...outgoing, to: undefined }))).toEqual({ to: 'Nơi nhận là bắt buộc' });
  });

  it('refuses malformed recipients, copy counts and reply deadlines in Vietnamese', () => {
    const result = OutgoingMetadata.safeParse({
      ...outgoing,
      to: [{ organId: 'H56', organName: ' ' }],
      issuedAmount: undefined,
      dueDate: '2025-13-01',
    });
    expect(messages(result)).toEqual({
      'to.0.organId': 'Mã định danh phải có dạng 000.00.00.H56 (13 ký tự)',
      'to.0.organName': 'Tên cơ quan nhận không được để trống',
      issuedAmount: 'Số lượng bản phát hành là bắt buộc',
      dueDate: 'Hạn trả lời văn bản phải có dạng YYYY-MM-DD',
    });
  });

  it('refuses a recipient code that is not text', () => {
    expect(messages(OutgoingMetadata.safeParse({ ...outgoing, to: [{ organId: 56, organName: 'Tỉnh ủy' }] }))).toEqual({
      'to.0.organId': 'Mã định danh là bắt buộc',
    });
  });
});
