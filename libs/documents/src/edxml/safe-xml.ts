import { err, ok, type DomainError, type Result } from '@lienthong/kernel';
import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { edxmlError, type EdxmlErrorCode } from './edxml-errors.js';

/** How much untrusted XML we agree to read. Every limit is checked before the data is used. */
export type EdxmlLimits = {
  /** Total size of the package in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Nesting depth of elements; the root element is level 1. */
  readonly maxDepth: number;
  /** Number of attached files. */
  readonly maxAttachments: number;
};

/**
 * 50 MB covers a scanned document with its appendices (base64 adds a third); real envelopes nest about ten levels
 * (edXML › edXMLEnvelope › edXMLHeader › TraceHeaderList › Bussiness › … › Receiver › OrganId), SOAP wrappers add two.
 */
export const DEFAULT_EDXML_LIMITS: EdxmlLimits = { maxBytes: 50 * 1024 * 1024, maxDepth: 32, maxAttachments: 100 };

/** An element with its namespace prefix removed, its text (trimmed, entities decoded) and its child elements. */
export type XmlElement = { readonly name: string; readonly text: string; readonly children: readonly XmlElement[] };

/** Thrown inside the parser's callbacks and caught right around `parse`: the parser cannot return a Result. */
class XmlRefusal extends Error {
  constructor(readonly refusal: DomainError<EdxmlErrorCode>) {
    super(refusal.messageEn);
  }
}

// A Map, so that `&constructor;` finds nothing on Object.prototype.
const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** XML 1.0 `Char`: what a character reference may denote. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function decodeReference(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const codePoint = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (isXmlChar(codePoint)) return String.fromCodePoint(codePoint);
    throw new XmlRefusal(edxmlError('EDXML_MALFORMED', { reason: `character reference ${whole} is not an XML character` }));
  }
  const value = PREDEFINED_ENTITIES.get(body);
  if (value !== undefined) return value;
  throw new XmlRefusal(edxmlError('EDXML_MALFORMED', { reason: `entity ${whole} is not declared` }));
}

function refuseEntityDefinitions(): never {
  throw new XmlRefusal(edxmlError('EDXML_DTD_FORBIDDEN', { construct: 'ENTITY' }));
}

/**
 * Our own entity decoder for fast-xml-parser: the five predefined entities and character references, nothing else.
 * An undeclared named entity is an error (XML 1.0 well-formedness) rather than text passed through. Entity definitions
 * cannot reach it, because a DTD is refused before parsing; should that screen ever be bypassed, the hooks that would
 * add definitions refuse too. Exported for its own tests only.
 */
export const ENTITY_DECODER: EntityDecoderOptions = {
  decode: (text) => text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[^\s&;]+);/g, decodeReference),
  addInputEntities: refuseEntityDefinitions,
  setExternalEntities: refuseEntityDefinitions,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

/** Whether the UTF-8 length of `text` is over `limit`, counted without encoding it; stops once past the limit. */
export function exceedsByteLimit(text: string, limit: number): boolean {
  // Every UTF-16 code unit is at least one byte, so a long string is too large without looking further.
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two code units of 2 bytes each.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** The XML declaration may open the document (after a byte-order mark); any other `<?` is a processing instruction. */
const XML_DECLARATION = /^\uFEFF?\s*<\?xml\s[^?]*\?>/;

/**
 * Refuses what must never reach a parser, by looking at the raw text: oversize input, any DTD or entity declaration
 * (the billion-laughs and external-entity attacks need one), processing instructions. The scan is deliberately blunt:
 * `<!DOCTYPE` inside a comment or CDATA section is refused too.
 */
export function screenXml(xml: string, limits: EdxmlLimits): Result<void, DomainError<EdxmlErrorCode>> {
  if (exceedsByteLimit(xml, limits.maxBytes)) return err(edxmlError('EDXML_TOO_LARGE', { limit: limits.maxBytes }));
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (dtd) return err(edxmlError('EDXML_DTD_FORBIDDEN', { construct: (dtd[1] as string).toUpperCase() }));
  const declaration = XML_DECLARATION.exec(xml);
  if (xml.includes('<?', declaration ? declaration[0].length : 0)) {
    return err(edxmlError('EDXML_PROCESSING_INSTRUCTION_FORBIDDEN'));
  }
  return ok(undefined);
}

function toElement(name: string, value: unknown, depth: number, maxDepth: number): XmlElement {
  if (depth > maxDepth) throw new XmlRefusal(edxmlError('EDXML_TOO_DEEP', { limit: maxDepth }));
  if (typeof value === 'string') return { name, text: value, children: [] };
  const children: XmlElement[] = [];
  let text = '';
  for (const [key, items] of Object.entries(value as Record<string, unknown>)) {
    if (key === '#text') text = String(items);
    else for (const item of items as unknown[]) children.push(toElement(key, item, depth + 1, maxDepth));
  }
  return { name, text, children };
}

/**
 * Parses untrusted XML into a tree of elements after `screenXml` and a well-formedness check. Namespace prefixes are
 * stripped (`edXML:Subject` → `Subject`), attributes ignored, text trimmed and its references decoded. The content of
 * elements named in `rawTextElements` is taken as is, without decoding, which makes megabytes of base64 thirty times
 * faster to read. Failure codes: those of `screenXml`, `EDXML_MALFORMED` (also for an element named like a JavaScript
 * built-in, which the parser refuses), `EDXML_TOO_DEEP`.
 */
export function parseXmlSafely(
  xml: string,
  limits: EdxmlLimits,
  rawTextElements: readonly string[] = [],
): Result<XmlElement, DomainError<EdxmlErrorCode>> {
  const screened = screenXml(xml, limits);
  if (!screened.ok) return screened;
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    return err(edxmlError('EDXML_MALFORMED', { reason: `${validation.err.msg} (line ${validation.err.line})` }));
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => name !== '#text',
    entityDecoder: ENTITY_DECODER,
    stopNodes: rawTextElements.map((name) => `*.${name}`),
    // The parser's own guard allows one level more than it is told, so the exact limit is checked in toElement.
    maxNestedTags: limits.maxDepth,
  });
  try {
    const document = parser.parse(xml) as Record<string, unknown[]>;
    const roots = Object.entries(document);
    const [root] = roots;
    if (roots.length !== 1 || root === undefined || root[1].length !== 1) {
      return err(edxmlError('EDXML_MALFORMED', { reason: 'a document must have exactly one root element' }));
    }
    return ok(toElement(root[0], root[1][0], 1, limits.maxDepth));
  } catch (error) {
    if (error instanceof XmlRefusal) return err(error.refusal);
    // fast-xml-parser throws Error instances with a plain-English message.
    const reason = (error as Error).message;
    if (reason === 'Maximum nested tags exceeded') return err(edxmlError('EDXML_TOO_DEEP', { limit: limits.maxDepth }));
    return err(edxmlError('EDXML_MALFORMED', { reason }));
  }
}

/** Lower-cased for lookups: senders disagree on case (`edXML`, `EdXML`), never on spelling. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Child elements named one of `names`, in any letter case. */
export function childrenOf(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child) => names.some((name) => same(child.name, name)));
}

/** The first child element named one of `names`, in any letter case. */
export function childOf(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return childrenOf(element, ...names)[0];
}

/** The text of the first child named one of `names`; an empty element counts as absent. */
export function textOf(element: XmlElement | undefined, ...names: string[]): string | undefined {
  const text = childOf(element, ...names)?.text;
  return text === undefined || text === '' ? undefined : text;
}

/** Whether `element` is named one of `names`, in any letter case. */
export function isNamed(element: XmlElement, ...names: string[]): boolean {
  return names.some((name) => same(element.name, name));
}
