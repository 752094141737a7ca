import { describe, expect, it } from 'vitest';
import { EDXML_STATUS_CODES, EDXML_STATUS_CODE_LIST, buildStatusMessage, parseStatusMessage, type EdxmlStatus } from './status.js';

/** The receiver (UBND tỉnh Thanh Hóa) reports on the công văn 7816/VPCP-TTĐT it received. */
const status: EdxmlStatus = {
  responseFor: {
    organId: '000.00.00.G22',
    code: '7816/VPCP-TTĐT',
    promulgationDate: '2025-09-30',
    documentId: '000.00.00.G22,2025/09/30,7816/VPCP-TTĐT',
  },
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
  statusCode: '01',
  description: 'Văn bản đã đến hệ thống quản lý văn bản của tỉnh',
  // Whole seconds: the wire format has no fractions.
  timestamp: new Date('2025-09-30T09:50:00Z'),
  staff: { department: 'Văn thư', staff: 'Lê Thị Hoa', mobile: '0912000002', email: 'hoa@thanhhoa.gov.vn' },
};

function built(value: EdxmlStatus): string {
  const result = buildStatusMessage(value);
  if (!result.ok) throw result.error;
  return result.value;
}

describe('EDXML_STATUS_CODES', () => {
  it('lists the codes 01…06 and the recall codes 13, 15, 16 with Vietnamese labels', () => {
    expect(EDXML_STATUS_CODE_LIST).toEqual(['01', '02', '03', '04', '05', '06', '13', '15', '16']);
    expect(EDXML_STATUS_CODES['01'].vi).toBe('Đã đến');
    expect(EDXML_STATUS_CODES['06'].vi).toBe('Hoàn thành');
    expect(EDXML_STATUS_CODES['13'].vi).toBe('Yêu cầu lấy lại');
  });
});

describe('buildStatusMessage and parseStatusMessage', () => {
  it.each(EDXML_STATUS_CODE_LIST)('round-trips status %s', (statusCode) => {
    const sent = { ...status, statusCode };

    expect(parseStatusMessage(built(sent))).toEqual({ ok: true, value: sent });
  });

  it('round-trips a status with only the required fields', () => {
    const { description: _description, staff: _staff, ...bare } = status;
    const sent = { ...bare, from: { organId: '000.00.00.H56', organName: 'UBND tỉnh Thanh Hóa' } };

    expect(parseStatusMessage(built(sent))).toEqual({ ok: true, value: sent });
  });

  it('writes the status in the edXML namespace with a slash date and a Vietnam-time timestamp', () => {
    const xml = built(status);

    expect(xml).toContain('<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<edXML:StatusCode>01</edXML:StatusCode>');
    expect(xml).toContain('<edXML:PromulgationDate>2025/09/30</edXML:PromulgationDate>');
    expect(xml).toContain('<edXML:Timestamp>2025/09/30 16:50:00</edXML:Timestamp>');
  });

  it('drops an empty staff block', () => {
    const xml = built({ ...status, staff: {} });

    expect(xml).not.toContain('StaffInfo');
    const parsed = parseStatusMessage(xml);
    expect(parsed.ok && parsed.value.staff).toBeUndefined();
  });
});

describe('buildStatusMessage', () => {
  it('refuses a code outside the list, a bad organisation identifier and an invalid time', () => {
    const result = buildStatusMessage({
      ...status,
      statusCode: '07' as EdxmlStatus['statusCode'],
      from: { ...status.from, organId: 'H56' },
      timestamp: new Date(Number.NaN),
    });

    expect(!result.ok && result.error.code).toBe('EDXML_INVALID_STATUS');
    expect(!result.ok && result.error.details['issues']).toEqual([
      { path: 'from.organId', message: 'Mã định danh cơ quan phải có dạng 000.00.00.H56 (13 ký tự, chữ in hoa)' },
      { path: 'statusCode', message: 'Mã trạng thái không có trong danh mục' },
      { path: 'timestamp', message: 'Thời điểm trạng thái phải là một thời điểm hợp lệ' },
    ]);
  });

  it('refuses a blank description and an overlong staff name', () => {
    const result = buildStatusMessage({ ...status, description: '  ', staff: { staff: 'x'.repeat(101) } });

    expect(!result.ok && result.error.details['issues']).toEqual([
      { path: 'description', message: 'Mô tả trạng thái không được để trống' },
      { path: 'staff.staff', message: 'Cán bộ dài quá 100 ký tự' },
    ]);
  });

  it('refuses a message over the size limit', () => {
    const result = buildStatusMessage(status, { maxBytes: 500 });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_LARGE');
  });
});

/** A status as a C# LGSP client writes it: SOAP header, prefix bound to another URI, code without leading zero. */
const soapStatus = `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
<SOAP-ENV:Header>
<edXML:Status xmlns:edXML="http://schemas.xmlsoap.org/soap/envelope/">
<edXML:ResponseFor><edXML:OrganId>000.00.00.H56</edXML:OrganId><edXML:Code><edXML:CodeNumber>45</edXML:CodeNumber><edXML:CodeNotation>UBND-VP</edXML:CodeNotation></edXML:Code><edXML:PromulgationDate>2025/09/12 08:00:00</edXML:PromulgationDate><edXML:DocumentId>000.00.00.H56,2025/09/12,45/UBND-VP</edXML:DocumentId></edXML:ResponseFor>
<edXML:From><edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName><edXML:OrganizationInCharge /><edXML:OrganAdd /><edXML:Email /><edXML:Telephone /><edXML:Fax /><edXML:Website /></edXML:From>
<edXML:StatusCode>3</edXML:StatusCode>
<edXML:Description>Đã tiếp nhận</edXML:Description>
<edXML:Timestamp>2025-09-12T10:30:00+07:00</edXML:Timestamp>
<edXML:StaffInfo><edXML:Department>Văn thư</edXML:Department><edXML:Staff /></edXML:StaffInfo>
</edXML:Status>
</SOAP-ENV:Header>
<SOAP-ENV:Body />
</SOAP-ENV:Envelope>`;

describe('parseStatusMessage on received messages', () => {
  it('reads a SOAP-wrapped status with a one-digit code and a split ResponseFor code', () => {
    expect(parseStatusMessage(soapStatus)).toEqual({
      ok: true,
      value: {
        responseFor: {
          organId: '000.00.00.H56',
          code: '45/UBND-VP',
          promulgationDate: '2025-09-12',
          documentId: '000.00.00.H56,2025/09/12,45/UBND-VP',
        },
        from: { organId: '000.00.00.G22', organName: 'Văn phòng Chính phủ' },
        statusCode: '03',
        description: 'Đã tiếp nhận',
        timestamp: new Date('2025-09-12T03:30:00Z'),
        staff: { department: 'Văn thư' },
      },
    });
  });

  it.each([
    ['no status element', '<edXML><Other/></edXML>', 'EDXML_FIELD_MISSING', { field: 'Status/StatusCode' }],
    ['an empty code', soapStatus.replace('<edXML:StatusCode>3', '<edXML:StatusCode>'), 'EDXML_FIELD_MISSING', { field: 'Status/StatusCode' }],
    ['a code outside the list', soapStatus.replace('<edXML:StatusCode>3', '<edXML:StatusCode>07'), 'EDXML_STATUS_CODE_UNKNOWN', { code: '07' }],
    ['a code named like an object property', soapStatus.replace('<edXML:StatusCode>3', '<edXML:StatusCode>toString'), 'EDXML_STATUS_CODE_UNKNOWN', { code: 'toString' }],
    ['no ResponseFor', soapStatus.replace(/<edXML:ResponseFor>.*<\/edXML:ResponseFor>/, ''), 'EDXML_FIELD_MISSING', { field: 'Status/ResponseFor' }],
    ['a ResponseFor without DocumentId', soapStatus.replace(/<edXML:DocumentId>.*<\/edXML:DocumentId>/, ''), 'EDXML_FIELD_MISSING', { field: 'Status/ResponseFor/DocumentId' }],
    ['no From', soapStatus.replace(/<edXML:From>.*<\/edXML:From>/, ''), 'EDXML_FIELD_MISSING', { field: 'Status/From' }],
    ['a From without a name', soapStatus.replace('<edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>', ''), 'EDXML_FIELD_MISSING', { field: 'Status/From/OrganName' }],
    ['no timestamp', soapStatus.replace(/<edXML:Timestamp>.*<\/edXML:Timestamp>/, ''), 'EDXML_FIELD_MISSING', { field: 'Status/Timestamp' }],
    ['an unreadable timestamp', soapStatus.replace('2025-09-12T10:30:00+07:00', 'hôm qua'), 'EDXML_FIELD_INVALID', { field: 'Status/Timestamp', value: 'hôm qua' }],
    ['a DTD', `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/shadow">]>${soapStatus}`, 'EDXML_DTD_FORBIDDEN', { construct: 'DOCTYPE' }],
  ])('refuses %s', (_case, xml, code, details) => {
    const result = parseStatusMessage(xml);

    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.details).toEqual(details);
  });

  it('applies the size limit', () => {
    const result = parseStatusMessage(soapStatus, { maxBytes: 100 });

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_LARGE');
  });
});
