import { describe, expect, it } from 'vitest';
import { knownContentType, matchesContentType } from './content-type.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('knownContentType', () => {
  it('reduces a declared type to its lowercase essence', () => {
    expect(knownContentType('Application/XML; charset=utf-8')).toBe('application/xml');
    expect(knownContentType(' image/PNG ')).toBe('image/png');
  });

  it('returns undefined for a type it cannot sniff', () => {
    expect(knownContentType('application/zip')).toBeUndefined();
    expect(knownContentType('toString')).toBeUndefined();
    expect(knownContentType('')).toBeUndefined();
  });
});

describe('matchesContentType', () => {
  it('recognises each known type by its first bytes', () => {
    expect(matchesContentType('application/pdf', text('%PDF-1.7\n'))).toBe(true);
    expect(matchesContentType('image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(true);
    expect(matchesContentType('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(matchesContentType('image/tiff', bytes(0x49, 0x49, 0x2a, 0x00))).toBe(true);
    expect(matchesContentType('image/tiff', bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe(true);
    expect(matchesContentType('application/xml', text('<?xml version="1.0"?><a/>'))).toBe(true);
    expect(matchesContentType('text/xml', text('<edXML/>'))).toBe(true);
  });

  it('recognises a Word document as a ZIP whose first entry is [Content_Types].xml, and no other ZIP', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
    const zipHeader = (name: string) =>
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), ...text(name)]);
    expect(matchesContentType(docx, zipHeader('[Content_Types].xml'))).toBe(true);
    expect(matchesContentType(docx, zipHeader('photos/cat.jpg'))).toBe(false);
    expect(matchesContentType(docx, text('%PDF-1.7 [Content_Types].xml'))).toBe(false);
  });

  it('accepts XML after a byte order mark and white space', () => {
    expect(matchesContentType('application/xml', Uint8Array.from([0xef, 0xbb, 0xbf, ...text('\r\n  <a/>')]))).toBe(
      true,
    );
  });

  it('refuses content of another type', () => {
    expect(matchesContentType('application/pdf', text('PK\u0003\u0004 a zip'))).toBe(false);
    expect(matchesContentType('application/pdf', text(' %PDF-1.7'))).toBe(false);
    expect(matchesContentType('image/png', text('%PDF-1.7'))).toBe(false);
    expect(matchesContentType('image/jpeg', bytes(0xff, 0xd8))).toBe(false);
    expect(matchesContentType('image/tiff', bytes(0x49, 0x49, 0x00, 0x2a))).toBe(false);
    expect(matchesContentType('application/xml', text('{"json": true}'))).toBe(false);
    expect(matchesContentType('application/xml', text('   '))).toBe(false);
  });

  it('refuses an empty file for every type', () => {
    for (const type of ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'application/xml'] as const) {
      expect(matchesContentType(type, new Uint8Array())).toBe(false);
    }
  });
});
