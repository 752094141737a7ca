/** An element to write; `undefined` children (absent optional fields) are skipped. */
export type XmlNode = {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly (XmlNode | undefined)[];
};

/** The namespace of QCVN 102:2016 messages, bound to the `edXML` prefix and as the default namespace. */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

/** A text-only element, or nothing when the value is absent. */
export function leaf(name: string, value: string | number | undefined): XmlNode | undefined {
  return value === undefined ? undefined : { name, text: String(value) };
}

/** An element with child elements, or nothing when every child is absent and `keepEmpty` is false. */
export function branch(name: string, children: readonly (XmlNode | undefined)[], keepEmpty = true): XmlNode | undefined {
  return keepEmpty || children.some((child) => child !== undefined) ? { name, children } : undefined;
}

/** Escapes text for element content. `\r` is written as a reference because parsers turn a literal one into `\n`. */
function escapeText(text: string): string {
  return /[&<>\r]/.test(text)
    ? text.replace(/[&<>\r]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[char] as string)
    : text;
}

function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}

function write(node: XmlNode, indent: string, out: string[]): void {
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlNode => child !== undefined);
  if (children.length > 0) {
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of children) write(child, `${indent}  `, out);
    out.push(`${indent}</${node.name}>`);
  } else if (node.text !== undefined && node.text !== '') {
    out.push(`${indent}<${node.name}${attributes}>${escapeText(node.text)}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attributes}/>`);
  }
}

/** Serialises a document: XML declaration, UTF-8, two-space indentation, one element or text value per line. */
export function serializeXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
