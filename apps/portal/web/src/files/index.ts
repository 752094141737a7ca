// The portal's file helpers, shared by the incoming and outgoing pages: upload (`POST …/files`), download
// (`GET …/files/<sha256>`) and preview. Import from here, not from the files beside it.
export { FilesProvider, useFileBlob, useFileUrl, useFiles, useObjectUrl, type Files } from './files-context.js';
export { FileDownloadButton, FileErrorNotice, FilePreview, StoredFilePreview } from './file-preview.js';
export { Upload, type UploadOptions } from './file-client.js';
export { FileRequestError, checkScanFile, describeFileError, type FileMessage } from './file-errors.js';
export {
  DEFAULT_UPLOAD_LIMIT_BYTES,
  SCAN_ACCEPT,
  SCAN_CONTENT_TYPES,
  contentTypeOf,
  formatFileSize,
  isScanContentType,
  previewKindOf,
} from './file-types.js';
export { filesUrlOf } from './files-url.js';
export { base64ToBytes, saveBlob } from './save-blob.js';
