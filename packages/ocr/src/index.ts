export {
  createOcrEngine,
  MIN_TEXT_LAYER_LETTERS,
  type OcrEngine,
  type OcrEngineKind,
  type OcrEngineOptions,
  type OcrProgress,
  type OcrResult,
  type ReadPdfOptions,
} from './engine.js';
export { characterAccuracy, compareCharacters, normaliseForComparison, type CharacterComparison } from './accuracy.js';
export { ocrError, type OcrErrorCode } from './errors.js';
export { DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './defaults.js';
