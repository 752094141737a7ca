import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { z } from 'zod';
import { decodeBase64, encodeBase64 } from './base64.js';
import {
  EDXML_BUSINESS_TYPES,
  EdxmlAttachmentList,
  EdxmlDocument,
  describeIssues,
  type EdxmlAttachmentInput,
  type EdxmlDocumentInput,
  type EdxmlOrgan,
  type EdxmlPriority,
  type EdxmlResponseFor,
} from './edxml.schema.js';
import { edxmlError, type EdxmlErrorCode } from './edxml-errors.js';
import {
  defined,
  invalid,
  missing,
  optionalDate,
  optionalInteger,
  optionalTimestamp,
  readOrgan,
  readResponseFor,
  requiredDate,
  requiredText,
  type Read,
} from './read-fields.js';
import {
  DEFAULT_EDXML_LIMITS,
  childOf,
  childrenOf,
  exceedsByteLimit,
  isNamed,
  parseXmlSafely,
  textOf,
  type EdxmlLimits,
  type XmlElement,
} from './safe-xml.js';
import { toWireDate, toWireTimestamp } from './wire-dates.js';
import { EDXML_NAMESPACE, branch, leaf, serializeXml, type XmlNode } from './xml-writer.js';

/** A file carried in a package; `contentId` (`cid:…`) links the manifest entry to the encoded content. */
export type EdxmlAttachment = {
  contentId: string;
  name: string;
  contentType: string;
  description?: string;
  bytes: Uint8Array;
};

/** One hop of `TraceHeaderList`: the system that handled the package and when. */
export type EdxmlTraceHop = { organId?: string; at?: Date };

/** What an incoming package holds once read. `signed` says an XML-DSig `Signature` is present, not that it verifies. */
export type ReceivedEdxmlEnvelope = {
  documentId: string;
  document: EdxmlDocument;
  attachments: EdxmlAttachment[];
  trace: EdxmlTraceHop[];
  signed: boolean;
};

/** `DocumentId` as receivers expect it: `OrganId,yyyy/MM/dd,Number/Notation`, e.g. `000.00.00.G22,2015/09/30,7816/VPCP-TTĐT`. */
export function edxmlDocumentIdOf(
  document: Pick<EdxmlDocument, 'from' | 'promulgationDate' | 'codeNumber' | 'codeNotation'>,
): string {
  return `${document.from.organId},${toWireDate(document.promulgationDate)},${document.codeNumber}/${document.codeNotation}`;
}

const ed = (name: string) => `edXML:${name}`;

function organNode(name: string, organ: EdxmlOrgan): XmlNode | undefined {
  return branch(ed(name), [
    leaf(ed('OrganId'), organ.organId),
    leaf(ed('OrganizationInCharge'), organ.organizationInCharge),
    leaf(ed('OrganName'), organ.organName),
    leaf(ed('OrganAdd'), organ.organAdd),
    leaf(ed('Email'), organ.email),
    leaf(ed('Telephone'), organ.telephone),
    leaf(ed('Fax'), organ.fax),
    leaf(ed('Website'), organ.website),
  ]);
}

function responseForNode(responseFor: EdxmlResponseFor): XmlNode | undefined {
  return branch(ed('ResponseFor'), [
    leaf(ed('OrganId'), responseFor.organId),
    leaf(ed('Code'), responseFor.code),
    leaf(ed('PromulgationDate'), toWireDate(responseFor.promulgationDate)),
    leaf(ed('DocumentId'), responseFor.documentId),
  ]);
}

/** `MessageHeader` children in the order of the SDK sample (vn-egov.md §3.2). */
function messageHeaderNode(document: EdxmlDocument, documentId: string): XmlNode | undefined {
  return branch(ed('MessageHeader'), [
    organNode('From', document.from),
    ...document.to.map((recipient) => organNode('To', recipient)),
    leaf(ed('DocumentId'), documentId),
    branch(ed('Code'), [leaf(ed('CodeNumber'), document.codeNumber), leaf(ed('CodeNotation'), document.codeNotation)]),
    branch(ed('PromulgationInfo'), [
      leaf(ed('Place'), document.promulgationPlace),
      leaf(ed('PromulgationDate'), toWireDate(document.promulgationDate)),
    ]),
    branch(ed('DocumentType'), [
      leaf(ed('Type'), document.documentType.type),
      leaf(ed('TypeDetail'), document.documentType.typeDetail),
      leaf(ed('TypeName'), document.documentType.typeName),
    ]),
    leaf(ed('Subject'), document.subject),
    leaf(ed('Content'), document.content),
    document.author &&
      branch(
        ed('Author'),
        [
          leaf(ed('Competence'), document.author.competence),
          leaf(ed('Function'), document.author.function),
          leaf(ed('FullName'), document.author.fullName),
        ],
        false,
      ),
    branch(ed('SignerInfo'), [
      leaf(ed('Competence'), document.signer.competence),
      leaf(ed('Position'), document.signer.position),
      leaf(ed('FullName'), document.signer.fullName),
    ]),
    leaf(ed('DueDate'), document.dueDate === undefined ? undefined : toWireDate(document.dueDate)),
    branch(ed('OtherInfo'), [
      leaf(ed('Priority'), document.priority),
      leaf(ed('SphereOfPromulgation'), document.sphereOfPromulgation),
      leaf(ed('TyperNotation'), document.typerNotation),
      leaf(ed('PromulgationAmount'), document.promulgationAmount),
      leaf(ed('PageAmount'), document.pageAmount),
      branch(
        ed('Appendixes'),
        document.appendixes.map((appendix) => leaf(ed('Appendix'), appendix)),
        false,
      ),
    ]),
    leaf(ed('SteeringType'), document.steeringType),
    branch(
      ed('ToPlaces'),
      document.toPlaces.map((place) => leaf(ed('Place'), place)),
      false,
    ),
    ...document.responseFor.map(responseForNode),
  ]);
}

type PreparedAttachment = z.output<typeof EdxmlAttachmentList>[number] & { contentId: string };

function envelopeNode(document: EdxmlDocument, attachments: PreparedAttachment[], sentAt: Date): XmlNode {
  const documentId = edxmlDocumentIdOf(document);
  return {
    name: 'edXML',
    attributes: { xmlns: EDXML_NAMESPACE, 'xmlns:edXML': EDXML_NAMESPACE },
    children: [
      branch(ed('edXMLEnvelope'), [
        branch(ed('edXMLHeader'), [
          messageHeaderNode(document, documentId),
          branch(ed('TraceHeaderList'), [
            branch(ed('TraceHeader'), [
              leaf(ed('OrganId'), document.from.organId),
              leaf(ed('Timestamp'), toWireTimestamp(sentAt)),
            ]),
            branch(ed('Bussiness'), [
              leaf(ed('DocumentId'), documentId),
              leaf(ed('BussinessDocType'), EDXML_BUSINESS_TYPES.indexOf(document.business.type)),
              leaf(ed('BussinessDocReason'), document.business.reason),
            ]),
          ]),
        ]),
        branch(ed('edXMLBody'), [
          {
            name: ed('edXMLManifest'),
            attributes: { version: '1.0' },
            children: attachments.map((attachment) =>
              branch(ed('Reference'), [
                leaf(ed('ContentId'), attachment.contentId),
                leaf(ed('ContentType'), attachment.contentType),
                leaf(ed('Description'), attachment.description),
                leaf(ed('AttachmentName'), attachment.name),
              ]),
            ),
          },
        ]),
      ]),
      branch(
        'AttachmentEncoded',
        attachments.map((attachment) =>
          branch('Attachment', [
            leaf('ContentId', attachment.contentId),
            leaf('AttachmentName', attachment.name),
            leaf('Description', attachment.description),
            leaf('ContentType', attachment.contentType),
            leaf(ed('ContentTransferEncoded'), encodeBase64(attachment.bytes)),
          ]),
        ),
        false,
      ),
    ],
  };
}

const PackageInput = z.strictObject({
  document: EdxmlDocument,
  attachments: EdxmlAttachmentList,
  sentAt: z.date({ error: 'Thời điểm gửi phải là một thời điểm hợp lệ' }),
});

/**
 * Builds the edXML package of an outgoing document: metadata in `MessageHeader`, one `TraceHeader` for the sender at
 * `sentAt`, the manifest, and each file base64-encoded as is (not zipped) under `cid:1`, `cid:2`… Everything is checked
 * first (`EDXML_INVALID_DOCUMENT` lists every problem; `EDXML_TOO_MANY_ATTACHMENTS`), and the result must itself fit
 * `limits.maxBytes` (`EDXML_TOO_LARGE`), so that we never send what a receiver using the same limits would refuse.
 * The package is unsigned: an XML-DSig `Signature` is added, if the axis asks for one, by the signing service.
 */
export function buildEdxmlEnvelope(
  document: EdxmlDocumentInput,
  attachments: readonly EdxmlAttachmentInput[],
  context: { sentAt: Date; limits?: Partial<EdxmlLimits> },
): Result<string, DomainError<EdxmlErrorCode>> {
  const limits = { ...DEFAULT_EDXML_LIMITS, ...context.limits };
  if (attachments.length > limits.maxAttachments) {
    return err(edxmlError('EDXML_TOO_MANY_ATTACHMENTS', { count: attachments.length, limit: limits.maxAttachments }));
  }
  const parsed = PackageInput.safeParse({ document, attachments, sentAt: context.sentAt });
  if (!parsed.success) return err(edxmlError('EDXML_INVALID_DOCUMENT', describeIssues(parsed.error)));
  const prepared = parsed.data.attachments.map((attachment, index) => ({ ...attachment, contentId: `cid:${index + 1}` }));
  const xml = serializeXml(envelopeNode(parsed.data.document, prepared, parsed.data.sentAt));
  return exceedsByteLimit(xml, limits.maxBytes) ? err(edxmlError('EDXML_TOO_LARGE', { limit: limits.maxBytes })) : ok(xml);
}

const WRAPPER_ROOTS = ['edXML'];
const ENVELOPE_ROOTS = ['edXMLEnvelope', 'Envelope'];

/** Finds the envelope under the root names seen in the wild: `edXML`/`EdXML` wrapping it, or the envelope as root. */
function locateEnvelope(root: XmlElement): XmlElement | undefined {
  if (isNamed(root, ...ENVELOPE_ROOTS)) return root;
  if (isNamed(root, ...WRAPPER_ROOTS)) return childOf(root, ...ENVELOPE_ROOTS);
  return undefined;
}

function readPriority(otherInfo: XmlElement | undefined): Read<EdxmlPriority> {
  const text = textOf(otherInfo, 'Priority');
  if (text === undefined) return ok(0);
  return /^[0-3]$/.test(text) ? ok(Number(text) as EdxmlPriority) : invalid('MessageHeader/OtherInfo/Priority', text);
}

function readBusiness(traceHeaderList: XmlElement | undefined): Read<EdxmlDocument['business']> {
  const business = childOf(traceHeaderList, 'Bussiness', 'Business');
  const text = textOf(business, 'BussinessDocType', 'BusinessDocType');
  const reason = textOf(business, 'BussinessDocReason', 'BusinessDocReason');
  // A package without a business type is an ordinary new document.
  if (text === undefined) return ok({ type: 'new', ...defined({ reason }) });
  const type = /^[0-3]$/.test(text) ? EDXML_BUSINESS_TYPES[Number(text)] : undefined;
  if (type === undefined) return invalid('TraceHeaderList/Bussiness/BussinessDocType', text);
  return ok({ type, ...defined({ reason }) });
}

function readList<T>(elements: XmlElement[], read: (element: XmlElement) => Read<T>): Read<T[]> {
  const values: T[] = [];
  for (const element of elements) {
    const value = read(element);
    if (!value.ok) return value;
    values.push(value.value);
  }
  return ok(values);
}

/** Reads `MessageHeader` (and the business type from `TraceHeaderList`) into our metadata. */
function readDocument(messageHeader: XmlElement, traceHeaderList: XmlElement | undefined): Read<EdxmlDocument> {
  const fromElement = childOf(messageHeader, 'From');
  if (!fromElement) return missing('MessageHeader/From');
  const from = readOrgan(fromElement, 'MessageHeader/From');
  if (!from.ok) return from;
  const to = readList(childrenOf(messageHeader, 'To'), (element) => readOrgan(element, 'MessageHeader/To'));
  if (!to.ok) return to;
  const code = childOf(messageHeader, 'Code');
  const codeNumber = requiredText(code, 'MessageHeader/Code/CodeNumber', 'CodeNumber');
  if (!codeNumber.ok) return codeNumber;
  const codeNotation = requiredText(code, 'MessageHeader/Code/CodeNotation', 'CodeNotation');
  if (!codeNotation.ok) return codeNotation;
  const promulgation = childOf(messageHeader, 'PromulgationInfo');
  const place = requiredText(promulgation, 'MessageHeader/PromulgationInfo/Place', 'Place');
  if (!place.ok) return place;
  const date = requiredDate(promulgation, 'MessageHeader/PromulgationInfo/PromulgationDate', 'PromulgationDate');
  if (!date.ok) return date;
  const documentType = childOf(messageHeader, 'DocumentType');
  const type = optionalInteger(documentType, 'MessageHeader/DocumentType/Type', 'Type');
  if (!type.ok) return type;
  if (type.value === undefined) return missing('MessageHeader/DocumentType/Type');
  const typeDetail = optionalInteger(documentType, 'MessageHeader/DocumentType/TypeDetail', 'TypeDetail');
  if (!typeDetail.ok) return typeDetail;
  const typeName = requiredText(documentType, 'MessageHeader/DocumentType/TypeName', 'TypeName');
  if (!typeName.ok) return typeName;
  const subject = requiredText(messageHeader, 'MessageHeader/Subject', 'Subject');
  if (!subject.ok) return subject;
  const signerInfo = childOf(messageHeader, 'SignerInfo');
  const signerName = requiredText(signerInfo, 'MessageHeader/SignerInfo/FullName', 'FullName');
  if (!signerName.ok) return signerName;
  const dueDate = optionalDate(messageHeader, 'MessageHeader/DueDate', 'DueDate');
  if (!dueDate.ok) return dueDate;
  const otherInfo = childOf(messageHeader, 'OtherInfo');
  const priority = readPriority(otherInfo);
  if (!priority.ok) return priority;
  const promulgationAmount = optionalInteger(otherInfo, 'MessageHeader/OtherInfo/PromulgationAmount', 'PromulgationAmount');
  if (!promulgationAmount.ok) return promulgationAmount;
  const pageAmount = optionalInteger(otherInfo, 'MessageHeader/OtherInfo/PageAmount', 'PageAmount');
  if (!pageAmount.ok) return pageAmount;
  const steeringType = optionalInteger(messageHeader, 'MessageHeader/SteeringType', 'SteeringType');
  if (!steeringType.ok) return steeringType;
  const responseFor = readList(childrenOf(messageHeader, 'ResponseFor'), (element) =>
    readResponseFor(element, 'MessageHeader/ResponseFor'),
  );
  if (!responseFor.ok) return responseFor;
  const business = readBusiness(traceHeaderList);
  if (!business.ok) return business;
  const author = childOf(messageHeader, 'Author');
  const authorFields = defined({
    competence: textOf(author, 'Competence'),
    function: textOf(author, 'Function'),
    fullName: textOf(author, 'FullName'),
  });
  const texts = (parent: XmlElement | undefined, list: string, item: string) =>
    childrenOf(childOf(parent, list), item)
      .map((element) => element.text)
      .filter((text) => text !== '');
  return ok({
    from: from.value,
    to: to.value,
    codeNumber: codeNumber.value,
    codeNotation: codeNotation.value,
    promulgationPlace: place.value,
    promulgationDate: date.value,
    documentType: { type: type.value, ...defined({ typeDetail: typeDetail.value }), typeName: typeName.value },
    subject: subject.value,
    signer: {
      ...defined({ competence: textOf(signerInfo, 'Competence'), position: textOf(signerInfo, 'Position') }),
      fullName: signerName.value,
    },
    toPlaces: texts(messageHeader, 'ToPlaces', 'Place'),
    priority: priority.value,
    appendixes: texts(otherInfo, 'Appendixes', 'Appendix'),
    responseFor: responseFor.value,
    business: business.value,
    ...defined({
      content: textOf(messageHeader, 'Content'),
      author: Object.keys(authorFields).length > 0 ? authorFields : undefined,
      dueDate: dueDate.value,
      sphereOfPromulgation: textOf(otherInfo, 'SphereOfPromulgation'),
      typerNotation: textOf(otherInfo, 'TyperNotation'),
      promulgationAmount: promulgationAmount.value,
      pageAmount: pageAmount.value,
      steeringType: steeringType.value,
    }),
  });
}

function readTrace(traceHeaderList: XmlElement | undefined): Read<EdxmlTraceHop[]> {
  return readList(childrenOf(traceHeaderList, 'TraceHeader'), (hop) => {
    const at = optionalTimestamp(hop, 'TraceHeaderList/TraceHeader/Timestamp', 'Timestamp');
    return at.ok ? ok(defined({ organId: textOf(hop, 'OrganId'), at: at.value })) : at;
  });
}

/** The content is read raw (see `parseXmlSafely`), so a sender's CDATA wrapper around the base64 is still there. */
function unwrapCdata(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('<![CDATA[') && trimmed.endsWith(']]>') ? trimmed.slice(9, -3) : trimmed;
}

/**
 * Reads the files. `AttachmentEncoded` may sit under the root, the envelope or the body depending on the sender;
 * name, type and description fall back to the manifest entry with the same ContentId. Every manifest entry must have
 * its content, so that no file is silently lost.
 */
function readAttachments(root: XmlElement, envelope: XmlElement, limits: EdxmlLimits): Read<EdxmlAttachment[]> {
  const body = childOf(envelope, 'edXMLBody', 'Body');
  const containers = [root, envelope, body].filter((element, index, all) => element && all.indexOf(element) === index);
  const encoded = containers.flatMap((container) => childrenOf(childOf(container, 'AttachmentEncoded'), 'Attachment'));
  if (encoded.length > limits.maxAttachments) {
    return err(edxmlError('EDXML_TOO_MANY_ATTACHMENTS', { count: encoded.length, limit: limits.maxAttachments }));
  }
  const manifest = childrenOf(childOf(body, 'edXMLManifest', 'Manifest'), 'Reference');
  const attachments = readList(encoded, (attachment) => {
    const contentId = requiredText(attachment, 'AttachmentEncoded/Attachment/ContentId', 'ContentId');
    if (!contentId.ok) return contentId;
    const reference = manifest.find((entry) => textOf(entry, 'ContentId') === contentId.value);
    const name = textOf(attachment, 'AttachmentName') ?? textOf(reference, 'AttachmentName');
    if (name === undefined) return missing(`AttachmentEncoded/Attachment[${contentId.value}]/AttachmentName`);
    const content = childOf(attachment, 'ContentTransferEncoded');
    if (!content) return missing(`AttachmentEncoded/Attachment[${contentId.value}]/ContentTransferEncoded`);
    const bytes = decodeBase64(unwrapCdata(content.text));
    if (!bytes) return err(edxmlError('EDXML_ATTACHMENT_ENCODING_INVALID', { name }));
    const description = textOf(attachment, 'Description') ?? textOf(reference, 'Description');
    const contentType = textOf(attachment, 'ContentType') ?? textOf(reference, 'ContentType') ?? 'application/octet-stream';
    return ok({ contentId: contentId.value, name, contentType, ...defined({ description }), bytes });
  });
  if (!attachments.ok) return attachments;
  const lost = manifest
    .map((entry) => textOf(entry, 'ContentId'))
    .find((contentId) => contentId !== undefined && !attachments.value.some((file) => file.contentId === contentId));
  return lost === undefined ? attachments : missing(`AttachmentEncoded/Attachment[${lost}]`);
}

/**
 * Reads an incoming edXML package into metadata and files. Safe: size, DTD, entity, processing-instruction and depth
 * checks run before any parsing (`EDXML_TOO_LARGE`, `EDXML_DTD_FORBIDDEN`, `EDXML_PROCESSING_INSTRUCTION_FORBIDDEN`,
 * `EDXML_MALFORMED`, `EDXML_TOO_DEEP`), then `EDXML_TOO_MANY_ATTACHMENTS` before any file is decoded. Lenient on form:
 * root `edXML`/`EdXML` around `edXMLEnvelope`, or `edXMLEnvelope`/`Envelope` as root with `Header`; namespace prefixes
 * and letter case of element names are ignored. Other failures: `EDXML_NOT_EDXML`, `EDXML_FIELD_MISSING`,
 * `EDXML_FIELD_INVALID`, `EDXML_ATTACHMENT_ENCODING_INVALID`.
 */
export function parseEdxmlEnvelope(
  xml: string,
  limits: Partial<EdxmlLimits> = {},
): Result<ReceivedEdxmlEnvelope, DomainError<EdxmlErrorCode>> {
  const effective = { ...DEFAULT_EDXML_LIMITS, ...limits };
  const parsed = parseXmlSafely(xml, effective, ['ContentTransferEncoded']);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const envelope = locateEnvelope(root);
  if (!envelope) return err(edxmlError('EDXML_NOT_EDXML', { root: root.name }));
  const header = childOf(envelope, 'edXMLHeader', 'Header');
  const messageHeader = childOf(header, 'MessageHeader');
  if (!messageHeader) return missing('edXMLHeader/MessageHeader');
  const traceHeaderList = childOf(header, 'TraceHeaderList');
  const document = readDocument(messageHeader, traceHeaderList);
  if (!document.ok) return document;
  const trace = readTrace(traceHeaderList);
  if (!trace.ok) return trace;
  const attachments = readAttachments(root, envelope, effective);
  if (!attachments.ok) return attachments;
  return ok({
    documentId: textOf(messageHeader, 'DocumentId') ?? edxmlDocumentIdOf(document.value),
    document: document.value,
    attachments: attachments.value,
    trace: trace.value,
    signed: childOf(header, 'Signature') !== undefined || childOf(envelope, 'Signature') !== undefined,
  });
}
