import { describe, expect, it } from 'vitest';
import {
  describeHistoryEntry,
  isOcrPending,
  ocrPercent,
  ocrStatusOf,
  type HistoryEntry,
  type IncomingFile,
  type OcrState,
} from './incoming-detail.js';

const ocr = (state: OcrState['state'], patch: Partial<OcrState> = {}): OcrState => ({
  state,
  progress: 0,
  engine: null,
  errorCode: null,
  errorMessage: null,
  ...patch,
});

const file = (state: OcrState['state'] | null): IncomingFile => ({
  id: '0195f3a0-0000-7000-8000-000000000001',
  sha256: 'c'.repeat(64),
  fileName: 'scan.pdf',
  contentType: 'application/pdf',
  size: 1000,
  ocr: state === null ? null : ocr(state),
});

describe('ocrStatusOf', () => {
  it('says a file is waiting, being read with its percentage, or read', () => {
    expect(ocrStatusOf(ocr('queued'))).toEqual({ tone: 'pending', message: { key: 'ocr.queued' } });
    expect(ocrStatusOf(ocr('running', { progress: 0.4 }))).toEqual({
      tone: 'pending',
      message: { key: 'ocr.running', params: { percent: 40 } },
    });
    expect(ocrStatusOf(ocr('done', { progress: 1, engine: 'tesseract' }))).toEqual({
      tone: 'done',
      message: { key: 'ocr.done' },
    });
  });

  it('explains a failure by its code, and falls back to a generic line for a code it does not know', () => {
    expect(ocrStatusOf(ocr('failed', { errorCode: 'OCR_ENCRYPTED', errorMessage: 'Tệp PDF được mã hóa' }))).toEqual({
      tone: 'failed',
      message: { key: 'ocr.error.encrypted' },
    });
    expect(ocrStatusOf(ocr('failed', { errorCode: 'OCR_ABANDONED' }))?.message.key).toBe('ocr.error.interrupted');
    expect(ocrStatusOf(ocr('failed', { errorCode: 'SOMETHING_NEW' }))?.message.key).toBe('ocr.error.generic');
    expect(ocrStatusOf(ocr('failed'))?.message.key).toBe('ocr.error.generic');
  });

  it('says nothing for a file OCR does not read', () => {
    expect(ocrStatusOf(null)).toBeNull();
  });
});

describe('ocrPercent', () => {
  it('turns intake’s fraction into a whole percentage within 0–100', () => {
    expect(ocrPercent(0)).toBe(0);
    expect(ocrPercent(0.994)).toBe(99);
    expect(ocrPercent(1)).toBe(100);
    expect(ocrPercent(1.7)).toBe(100);
    expect(ocrPercent(-0.2)).toBe(0);
    expect(ocrPercent(Number.NaN)).toBe(0);
  });
});

describe('isOcrPending', () => {
  it('asks again while some file is queued or running, and stops once all are done or failed', () => {
    expect(isOcrPending({ files: [file('done'), file('queued')] })).toBe(true);
    expect(isOcrPending({ files: [file('running')] })).toBe(true);
    expect(isOcrPending({ files: [file('done'), file('failed'), file(null)] })).toBe(false);
    expect(isOcrPending({ files: [] })).toBe(false);
    expect(isOcrPending(undefined)).toBe(false);
  });
});

const entry = (patch: Partial<HistoryEntry>): HistoryEntry => ({
  at: new Date('2025-03-05T02:00:00Z'),
  actor: 'vanthu.lan',
  action: 'register',
  fromStatus: null,
  toStatus: null,
  note: null,
  detail: null,
  ...patch,
});

describe('describeHistoryEntry', () => {
  it('reads a registration: the status move, the number, the files and the channel', () => {
    const line = describeHistoryEntry(
      entry({
        fromStatus: 'received',
        toStatus: 'registered',
        detail: { incomingNumber: 42, files: 2, via: 'edxml', registeredLate: true },
      }),
    );
    expect(line).toEqual({
      action: { key: 'history.action.register' },
      actor: { text: 'vanthu.lan' },
      statusChange: { from: { key: 'incomingStatus.received' }, to: { key: 'incomingStatus.registered' } },
      details: [
        { key: 'history.detail.incomingNumber', params: { number: 42 } },
        { key: 'history.detail.files', params: { count: 2 } },
        { key: 'history.detail.viaEdxml' },
        { key: 'history.detail.registeredLate' },
      ],
      note: null,
    });
  });

  it('names the OCR worker and explains its failure in the portal’s words, not the server’s note', () => {
    const line = describeHistoryEntry(
      entry({
        actor: 'ocr',
        action: 'ocr-failed',
        note: 'Tệp PDF được mã hóa (đặt mật khẩu)',
        detail: { fileId: 'f', errorCode: 'OCR_ENCRYPTED' },
      }),
    );
    expect(line.actor).toEqual({ key: 'history.actor.ocr' });
    expect(line.action).toEqual({ key: 'history.action.ocr-failed' });
    expect(line.details).toEqual([{ key: 'ocr.error.encrypted' }]);
    expect(line.note).toBeNull();
    expect(
      describeHistoryEntry(entry({ actor: 'ocr', action: 'ocr-done', detail: { characters: 1234 } })).details,
    ).toEqual([{ key: 'history.detail.characters', params: { count: 1234 } }]);
  });

  it('shows an action, a status and details it does not know as sent, and keeps a person’s note', () => {
    const line = describeHistoryEntry(
      entry({ action: 'archive', fromStatus: 'done', toStatus: 'archived', note: 'Chuyển lưu trữ cơ quan' }),
    );
    expect(line.action).toEqual({ text: 'archive' });
    expect(line.statusChange).toEqual({ from: { key: 'incomingStatus.done' }, to: { text: 'archived' } });
    expect(line.note).toBe('Chuyển lưu trữ cơ quan');
  });

  it('shows no status move when the status did not change', () => {
    expect(describeHistoryEntry(entry({ fromStatus: 'registered', toStatus: 'registered' })).statusChange).toBeNull();
    expect(describeHistoryEntry(entry({})).statusChange).toBeNull();
  });
});
