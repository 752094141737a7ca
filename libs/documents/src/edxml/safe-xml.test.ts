import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EDXML_LIMITS,
  ENTITY_DECODER,
  childOf,
  childrenOf,
  exceedsByteLimit,
  parseXmlSafely,
  screenXml,
  textOf,
} from './safe-xml.js';

const limits = DEFAULT_EDXML_LIMITS;
const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;

describe('exceedsByteLimit', () => {
  it('counts UTF-8 bytes, not characters', () => {
    // "ữ" is three bytes, "é" two, "😀" four (two UTF-16 code units).
    expect(exceedsByteLimit('ữ'.repeat(4), 12)).toBe(false);
    expect(exceedsByteLimit('ữ'.repeat(4), 11)).toBe(true);
    expect(exceedsByteLimit('é'.repeat(6), 12)).toBe(false);
    expect(exceedsByteLimit('é'.repeat(6), 11)).toBe(true);
    expect(exceedsByteLimit('😀'.repeat(3), 12)).toBe(false);
    expect(exceedsByteLimit('😀'.repeat(3), 11)).toBe(true);
    expect(exceedsByteLimit('a'.repeat(13), 12)).toBe(true);
  });
});

describe('screenXml', () => {
  it('accepts a document with an XML declaration after a byte-order mark', () => {
    expect(screenXml('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<r/>', limits).ok).toBe(true);
  });

  it('accepts a document without declaration', () => {
    expect(screenXml('<r>a</r>', limits).ok).toBe(true);
  });

  it.each([
    ['a declaration that is not at the start', '<r/><?xml version="1.0"?>'],
    ['a processing instruction inside the document', '<?xml version="1.0"?><r><?php system("id"); ?></r>'],
    ['a processing instruction with no declaration', '<?xml-stylesheet href="a.xsl"?><r/>'],
  ])('refuses %s', (_case, xml) => {
    const result = screenXml(xml, limits);

    expect(!result.ok && result.error.code).toBe('EDXML_PROCESSING_INSTRUCTION_FORBIDDEN');
  });

  it('refuses a DOCTYPE even inside a comment', () => {
    const result = screenXml('<r><!-- <!DOCTYPE r> --></r>', limits);

    expect(!result.ok && result.error.code).toBe('EDXML_DTD_FORBIDDEN');
  });
});

describe('parseXmlSafely', () => {
  it('decodes the five predefined entities', () => {
    const result = parseXmlSafely('<r>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;</r>', limits);

    expect(result.ok && result.value.text).toBe('<a> & "b" \'c\'');
  });

  it('strips namespace prefixes, ignores attributes and comments, decodes references and CDATA', () => {
    const result = parseXmlSafely(
      '<e:r xmlns:e="urn:x" a="1"><!-- note --><e:b>Thanh H&#243;a &amp; Ngh&#x1EC7; An</e:b><e:b><![CDATA[<i>&amp;</i>]]></e:b><c/></e:r>',
      limits,
    );

    expect(result).toEqual({
      ok: true,
      value: {
        name: 'r',
        text: '',
        children: [
          { name: 'b', text: 'Thanh Hóa & Nghệ An', children: [] },
          { name: 'b', text: '<i>&amp;</i>', children: [] },
          { name: 'c', text: '', children: [] },
        ],
      },
    });
  });

  it('decodes references to characters in every allowed range', () => {
    const result = parseXmlSafely('<r>&#9;&#xA;&#13;|&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x1F4C4;&#x10FFFF;|</r>', limits);

    expect(result.ok && result.value.text).toBe('\t\n\r| \uD7FF\uE000\uFFFD𐀀📄\u{10FFFF}|');
  });

  it('keeps the text of an element that also has children', () => {
    const result = parseXmlSafely('<r>trước<b>1</b>sau</r>', limits);

    expect(result.ok && result.value.text).toBe('trướcsau');
  });

  it('takes the content of raw-text elements as is', () => {
    const result = parseXmlSafely('<r><e:Raw xmlns:e="u">QUJD&amp;</e:Raw></r>', limits, ['Raw']);

    expect(result.ok && result.value.children[0]).toEqual({ name: 'Raw', text: 'QUJD&amp;', children: [] });
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const tight = { ...limits, maxDepth: 5 };

    expect(parseXmlSafely(nested(5), tight).ok).toBe(true);
    const result = parseXmlSafely(nested(6), tight);
    expect(!result.ok && result.error.code).toBe('EDXML_TOO_DEEP');
    expect(!result.ok && result.error.details).toEqual({ limit: 5 });
  });

  it('refuses deep nesting while parsing, before building any tree', () => {
    const result = parseXmlSafely(nested(10_000), limits);

    expect(!result.ok && result.error.code).toBe('EDXML_TOO_DEEP');
  });

  it.each([
    ['an unclosed element', '<r><b>1</b>'],
    ['mismatched tags', '<r><b>1</c></r>'],
    ['two root elements', '<r/><s/>'],
    ['a repeated root element', '<r/><r/>'],
    ['text only', 'edXML'],
    ['an empty document', ''],
    ['a bare ampersand', '<r>a & b</r>'],
    ['a reference to a character XML forbids', '<r>&#0;</r>'],
    ['a reference to a surrogate', '<r>&#xD800;</r>'],
    ['a reference to U+FFFE', '<r>&#xFFFE;</r>'],
    ['a reference beyond Unicode', '<r>&#x110000;</r>'],
    ['an upper-case hexadecimal marker', '<r>&#X41;</r>'],
    ['an empty character reference', '<r>&#x;</r>'],
    ['an entity named like an object property', '<r>&constructor;</r>'],
    ['an element named __proto__', '<r><__proto__>1</__proto__></r>'],
    ['an element named constructor', '<r><constructor>1</constructor></r>'],
  ])('refuses %s as malformed', (_case, xml) => {
    const result = parseXmlSafely(xml, limits);

    expect(!result.ok && result.error.code).toBe('EDXML_MALFORMED');
  });

  it('says why a document is malformed', () => {
    const result = parseXmlSafely('<r>&#0;</r>', limits);

    expect(!result.ok && result.error.messageVi).toBe('Gói edXML không đúng cú pháp XML: character reference &#0; is not an XML character');
  });
});

describe('element lookups', () => {
  const parsed = parseXmlSafely('<edXML><To>1</To><TO>2</TO><Subject/></edXML>', limits);
  const root = parsed.ok ? parsed.value : undefined;

  it('match names in any letter case', () => {
    expect(childrenOf(root, 'To').map((element) => element.text)).toEqual(['1', '2']);
    expect(childOf(root, 'to')?.text).toBe('1');
  });

  it('treat an empty element and an absent one alike', () => {
    expect(textOf(root, 'Subject')).toBeUndefined();
    expect(textOf(root, 'Content')).toBeUndefined();
    expect(childrenOf(undefined, 'To')).toEqual([]);
  });
});

describe('ENTITY_DECODER', () => {
  it('refuses entity definitions, should the DTD screen ever be bypassed', () => {
    expect(() => ENTITY_DECODER.addInputEntities({ lol: 'lol' })).toThrow('DTDs and entities are refused for safety');
    expect(() => ENTITY_DECODER.setExternalEntities({ xxe: 'file:///etc/passwd' })).toThrow(
      'DTDs and entities are refused for safety',
    );
  });
});
