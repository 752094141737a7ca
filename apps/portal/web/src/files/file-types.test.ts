import { describe, expect, it } from 'vitest';
import { contentTypeOf, formatFileSize, isScanContentType, previewKindOf } from './file-types.js';

describe('contentTypeOf', () => {
  it('keeps the type the browser gives', () => {
    expect(contentTypeOf({ name: 'quyet-dinh.pdf', type: 'application/pdf' })).toBe('application/pdf');
  });

  it('guesses from the extension when the browser gives none, whatever its case', () => {
    expect(contentTypeOf({ name: 'Bản quét 01.TIF', type: '' })).toBe('image/tiff');
    expect(contentTypeOf({ name: 'trang-1.jpeg', type: '' })).toBe('image/jpeg');
    expect(contentTypeOf({ name: 'du-thao.docx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('falls back to application/octet-stream for a name without a known extension', () => {
    expect(contentTypeOf({ name: 'scan', type: '' })).toBe('application/octet-stream');
    expect(contentTypeOf({ name: 'scan.exe', type: '' })).toBe('application/octet-stream');
  });
});

describe('isScanContentType', () => {
  it('accepts PDF and the scanner image types only', () => {
    expect(['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'].every(isScanContentType)).toBe(true);
    expect(isScanContentType('image/gif')).toBe(false);
    expect(isScanContentType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false);
  });
});

describe('previewKindOf', () => {
  it('shows PDFs in the browser’s viewer and common images as images', () => {
    expect(previewKindOf('application/pdf')).toBe('pdf');
    expect(previewKindOf('application/PDF; charset=binary')).toBe('pdf');
    expect(previewKindOf('image/png')).toBe('image');
    expect(previewKindOf('image/jpeg')).toBe('image');
  });

  it('does not try to show TIFF or Word files, which most browsers cannot draw', () => {
    expect(previewKindOf('image/tiff')).toBeNull();
    expect(previewKindOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
    expect(previewKindOf('')).toBeNull();
  });
});

describe('formatFileSize', () => {
  it('writes sizes with a decimal comma in Vietnamese and a point in English', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatFileSize(12.44 * 1024 * 1024, 'en')).toBe('12.4 MB');
  });
});
