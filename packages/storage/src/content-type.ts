/** Content types the stores can recognise from their first bytes, with the name used in messages. */
export const KNOWN_CONTENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
  'application/xml': 'XML',
  'text/xml': 'XML',
  // Drafts are written in Word; a .docx is a ZIP package whose first entry is `[Content_Types].xml`.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
} as const;

export type KnownContentType = keyof typeof KNOWN_CONTENT_TYPES;

/** Accepted by default: every type the stores can sniff. */
export const DEFAULT_ALLOWED_TYPES: readonly KnownContentType[] = Object.keys(
  KNOWN_CONTENT_TYPES,
) as KnownContentType[];

/** How many leading bytes `matchesContentType` needs (fewer only when the file is shorter). */
export const SNIFF_BYTES = 512;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00]; // II*\0
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a]; // MM\0*
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const CONTENT_TYPES_ENTRY = [...'[Content_Types].xml'].map((ch) => ch.charCodeAt(0));

function startsWith(head: Uint8Array, magic: readonly number[], at = 0): boolean {
  return head.length >= at + magic.length && magic.every((byte, i) => head[at + i] === byte);
}

function looksLikeXml(head: Uint8Array): boolean {
  let i = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  // Leading white space (space, tab, CR, LF) is allowed before `<?xml` or the root element.
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0d || head[i] === 0x0a)) i++;
  return head[i] === 0x3c; // '<' (covers '<?xml')
}

/**
 * The declared type's essence (`Application/XML; charset=utf-8` → `application/xml`), or `undefined` when it is
 * not a type the stores know.
 */
export function knownContentType(declared: string): KnownContentType | undefined {
  const essence = (declared.split(';')[0] ?? '').trim().toLowerCase();
  return Object.hasOwn(KNOWN_CONTENT_TYPES, essence) ? (essence as KnownContentType) : undefined;
}

/** Whether the first bytes of a file are those of `type` (magic bytes; XML: optional BOM and spaces, then `<`). */
export function matchesContentType(type: KnownContentType, head: Uint8Array): boolean {
  switch (type) {
    case 'application/pdf':
      return startsWith(head, PDF);
    case 'image/png':
      return startsWith(head, PNG);
    case 'image/jpeg':
      return startsWith(head, JPEG);
    case 'image/tiff':
      return startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE);
    case 'application/xml':
    case 'text/xml':
      return looksLikeXml(head);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      // A ZIP whose first entry (name at byte 30) is the OOXML content-types part, as Word and LibreOffice write it.
      return startsWith(head, ZIP_LOCAL_HEADER) && startsWith(head, CONTENT_TYPES_ENTRY, 30);
  }
}
