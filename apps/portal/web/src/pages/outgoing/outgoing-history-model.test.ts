import { describe, expect, it } from 'vitest';
import { historyDetails, isHistoryAction } from './outgoing-history-model.js';

describe('historyDetails', () => {
  it('reads the file version and name, and the number given at issue', () => {
    expect(historyDetails({ fileVersion: 2, fileName: 'Dự thảo (lần 2).docx', toLabel: 'Dự thảo' })).toEqual({
      fileVersion: 2,
      fileName: 'Dự thảo (lần 2).docx',
      numberSymbol: null,
    });
    expect(historyDetails({ numberSymbol: '01/UBND-VP', outgoingNumber: 1, series: 'ordinary' })).toEqual({
      fileVersion: null,
      fileName: null,
      numberSymbol: '01/UBND-VP',
    });
  });

  it('ignores what it does not expect', () => {
    expect(historyDetails(null)).toEqual({ fileVersion: null, fileName: null, numberSymbol: null });
    expect(historyDetails({ fileVersion: '2', fileName: 3, numberSymbol: '' })).toEqual({
      fileVersion: null,
      fileName: null,
      numberSymbol: null,
    });
  });
});

describe('isHistoryAction', () => {
  it('knows the actions intake records', () => {
    expect(isHistoryAction('add-version')).toBe(true);
    expect(isHistoryAction('teleport')).toBe(false);
  });
});
