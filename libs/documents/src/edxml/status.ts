import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { EdxmlOrgan, EdxmlResponseFor, describeIssues } from './edxml.schema.js';
import { edxmlError, type EdxmlErrorCode } from './edxml-errors.js';
import { defined, missing, optionalTimestamp, readOrgan, readResponseFor } from './read-fields.js';
import { DEFAULT_EDXML_LIMITS, childOf, exceedsByteLimit, parseXmlSafely, textOf, type EdxmlLimits, type XmlElement } from './safe-xml.js';
import { toWireDate, toWireTimestamp } from './wire-dates.js';
import { EDXML_NAMESPACE, branch, leaf, serializeXml } from './xml-writer.js';

/**
 * Status codes of edXML feedback messages (vn-egov.md §3.3): 01…06 follow a received document from arrival to
 * completion; 13, 15 and 16 are the recall exchange. Kept as a list because an object would put the integer-like keys
 * 13, 15, 16 before 01.
 */
export const EDXML_STATUS_CODE_LIST = ['01', '02', '03', '04', '05', '06', '13', '15', '16'] as const;
export type EdxmlStatusCode = (typeof EDXML_STATUS_CODE_LIST)[number];

/** Label of each status code, Vietnamese first. */
export const EDXML_STATUS_CODES: Readonly<Record<EdxmlStatusCode, { readonly vi: string; readonly en: string }>> = {
  '01': { vi: 'Đã đến', en: 'Arrived' },
  '02': { vi: 'Từ chối tiếp nhận', en: 'Rejected' },
  '03': { vi: 'Đã tiếp nhận', en: 'Registered' },
  '04': { vi: 'Đã phân công xử lý', en: 'Assigned' },
  '05': { vi: 'Đang xử lý', en: 'Being handled' },
  '06': { vi: 'Hoàn thành', en: 'Completed' },
  '13': { vi: 'Yêu cầu lấy lại', en: 'Recall requested' },
  '15': { vi: 'Đồng ý lấy lại', en: 'Recall accepted' },
  '16': { vi: 'Từ chối lấy lại', en: 'Recall refused' },
};

const optionalLine = (label: string, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, { error: `${label} không được để trống` }).max(max, { error: `${label} dài quá ${max} ký tự` }))
    .optional();

/**
 * A status message about a received document: who reports (`from`), about which document (`responseFor`), what
 * (`statusCode`), when (`timestamp`, written to the second), and optionally a description and the clerk in charge.
 */
export const EdxmlStatus = z.strictObject({
  responseFor: EdxmlResponseFor,
  from: EdxmlOrgan,
  statusCode: z.enum(EDXML_STATUS_CODE_LIST, { error: 'Mã trạng thái không có trong danh mục' }),
  description: optionalLine('Mô tả trạng thái', 500),
  timestamp: z.date({ error: 'Thời điểm trạng thái phải là một thời điểm hợp lệ' }),
  staff: z
    .strictObject({
      department: optionalLine('Đơn vị', 200),
      staff: optionalLine('Cán bộ', 100),
      mobile: optionalLine('Điện thoại di động', 50),
      email: optionalLine('Thư điện tử', 100),
    })
    .optional(),
});
export type EdxmlStatus = z.infer<typeof EdxmlStatus>;
export type EdxmlStatusInput = z.input<typeof EdxmlStatus>;

const ed = (name: string) => `edXML:${name}`;

/**
 * Builds a status message. The layout (`edXMLEnvelope › edXMLHeader › Status`) follows the element list of the
 * reference; failure codes: `EDXML_INVALID_STATUS`, `EDXML_TOO_LARGE`.
 */
export function buildStatusMessage(
  status: EdxmlStatusInput,
  limits: Partial<EdxmlLimits> = {},
): Result<string, DomainError<EdxmlErrorCode>> {
  const parsed = EdxmlStatus.safeParse(status);
  if (!parsed.success) return err(edxmlError('EDXML_INVALID_STATUS', describeIssues(parsed.error)));
  const value = parsed.data;
  const xml = serializeXml({
    name: ed('edXMLEnvelope'),
    attributes: { 'xmlns:edXML': EDXML_NAMESPACE },
    children: [
      branch(ed('edXMLHeader'), [
        branch(ed('Status'), [
          branch(ed('ResponseFor'), [
            leaf(ed('OrganId'), value.responseFor.organId),
            leaf(ed('Code'), value.responseFor.code),
            leaf(ed('PromulgationDate'), toWireDate(value.responseFor.promulgationDate)),
            leaf(ed('DocumentId'), value.responseFor.documentId),
          ]),
          branch(ed('From'), [
            leaf(ed('OrganId'), value.from.organId),
            leaf(ed('OrganizationInCharge'), value.from.organizationInCharge),
            leaf(ed('OrganName'), value.from.organName),
            leaf(ed('OrganAdd'), value.from.organAdd),
            leaf(ed('Email'), value.from.email),
            leaf(ed('Telephone'), value.from.telephone),
            leaf(ed('Fax'), value.from.fax),
            leaf(ed('Website'), value.from.website),
          ]),
          leaf(ed('StatusCode'), value.statusCode),
          leaf(ed('Description'), value.description),
          leaf(ed('Timestamp'), toWireTimestamp(value.timestamp)),
          value.staff &&
            branch(
              ed('StaffInfo'),
              [
                leaf(ed('Department'), value.staff.department),
                leaf(ed('Staff'), value.staff.staff),
                leaf(ed('Mobile'), value.staff.mobile),
                leaf(ed('Email'), value.staff.email),
              ],
              false,
            ),
        ]),
      ]),
    ],
  });
  const maxBytes = limits.maxBytes ?? DEFAULT_EDXML_LIMITS.maxBytes;
  return exceedsByteLimit(xml, maxBytes) ? err(edxmlError('EDXML_TOO_LARGE', { limit: maxBytes })) : ok(xml);
}

/** The element carrying `StatusCode`, wherever the sender put it (`edXMLHeader/Status`, a SOAP header, …). */
function findStatusElement(root: XmlElement): XmlElement | undefined {
  const queue = [root];
  for (let element = queue.shift(); element; element = queue.shift()) {
    if (childOf(element, 'StatusCode')) return element;
    queue.push(...element.children);
  }
  return undefined;
}

/**
 * Reads a status message with the same safety checks as `parseEdxmlEnvelope`. Lenient: any root, the status element
 * found by its `StatusCode` child, a one-digit code (`1`) read as `01`. Failure codes: those of the safety checks,
 * `EDXML_FIELD_MISSING`, `EDXML_FIELD_INVALID`, `EDXML_STATUS_CODE_UNKNOWN`.
 */
export function parseStatusMessage(
  xml: string,
  limits: Partial<EdxmlLimits> = {},
): Result<EdxmlStatus, DomainError<EdxmlErrorCode>> {
  const parsed = parseXmlSafely(xml, { ...DEFAULT_EDXML_LIMITS, ...limits });
  if (!parsed.ok) return parsed;
  const status = findStatusElement(parsed.value);
  if (!status) return missing('Status/StatusCode');
  const rawCode = textOf(status, 'StatusCode');
  if (rawCode === undefined) return missing('Status/StatusCode');
  const code = /^\d$/.test(rawCode) ? `0${rawCode}` : rawCode;
  if (!Object.hasOwn(EDXML_STATUS_CODES, code)) return err(edxmlError('EDXML_STATUS_CODE_UNKNOWN', { code: rawCode }));
  const responseForElement = childOf(status, 'ResponseFor');
  if (!responseForElement) return missing('Status/ResponseFor');
  const responseFor = readResponseFor(responseForElement, 'Status/ResponseFor');
  if (!responseFor.ok) return responseFor;
  const fromElement = childOf(status, 'From');
  if (!fromElement) return missing('Status/From');
  const from = readOrgan(fromElement, 'Status/From');
  if (!from.ok) return from;
  const timestamp = optionalTimestamp(status, 'Status/Timestamp', 'Timestamp');
  if (!timestamp.ok) return timestamp;
  if (timestamp.value === undefined) return missing('Status/Timestamp');
  const staffElement = childOf(status, 'StaffInfo');
  const staff = defined({
    department: textOf(staffElement, 'Department'),
    staff: textOf(staffElement, 'Staff'),
    mobile: textOf(staffElement, 'Mobile'),
    email: textOf(staffElement, 'Email'),
  });
  return ok({
    responseFor: responseFor.value,
    from: from.value,
    statusCode: code as EdxmlStatusCode,
    timestamp: timestamp.value,
    ...defined({
      description: textOf(status, 'Description'),
      staff: Object.keys(staff).length > 0 ? staff : undefined,
    }),
  });
}
