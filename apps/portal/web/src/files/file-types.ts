/**
 * The types a scan may have: what intake's OCR reads (PDF and page images from a scanner). Intake's file store
 * recognises them from their first bytes, so a renamed file is refused there even when it passes here.
 */
export const SCAN_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;
export type ScanContentType = (typeof SCAN_CONTENT_TYPES)[number];

/** For the file chooser's `accept`: types and extensions, since some systems give no type for `.tif`. */
export const SCAN_ACCEPT = 'application/pdf,image/png,image/jpeg,image/tiff,.pdf,.png,.jpg,.jpeg,.tif,.tiff';

/** Intake's default upload limit (`DEFAULT_UPLOAD_LIMIT_BYTES`, 50 MiB); a server configured lower answers 413. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xml: 'application/xml',
};

/**
 * The content type to declare for a chosen file: the browser's, or one guessed from the extension when the browser
 * gives none (Windows without a TIFF handler, some Linux desktops); `application/octet-stream` when neither helps.
 */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (extension && TYPES_BY_EXTENSION[extension]) || 'application/octet-stream';
}

export function isScanContentType(contentType: string): contentType is ScanContentType {
  return (SCAN_CONTENT_TYPES as readonly string[]).includes(contentType);
}

/**
 * How a browser can show a file: PDFs in its own viewer, PNG/JPEG/GIF/WebP as images. TIFF is left out: only
 * Safari draws it, so the others get a download link instead of a broken image.
 */
export function previewKindOf(contentType: string): 'pdf' | 'image' | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'pdf';
  if (['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(type)) return 'image';
  return null;
}

/** A size for people: `850 KB`, `12,4 MB` in Vietnamese (decimal comma), `12.4 MB` in English. */
export function formatFileSize(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  return `${format(bytes / (1024 * 1024 * 1024))} GB`;
}
