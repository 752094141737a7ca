/** The actions intake writes into an outgoing document's history (procedures/outgoing and the lifecycle commands). */
export const HISTORY_ACTIONS = [
  'create',
  'consult',
  'comment',
  'revise',
  'add-version',
  'submit',
  'approve',
  'sign',
  'number',
  'issue',
  'recall',
  'replace',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export function isHistoryAction(value: string): value is HistoryAction {
  return (HISTORY_ACTIONS as readonly string[]).includes(value);
}

/** The parts of a history line's free-form `detail` the page shows: the file version and name, the number given. */
export function historyDetails(detail: Readonly<Record<string, unknown>> | null): {
  fileVersion: number | null;
  fileName: string | null;
  numberSymbol: string | null;
} {
  const fileVersion = detail?.['fileVersion'];
  const fileName = detail?.['fileName'];
  const numberSymbol = detail?.['numberSymbol'];
  return {
    fileVersion: typeof fileVersion === 'number' && Number.isInteger(fileVersion) ? fileVersion : null,
    fileName: typeof fileName === 'string' && fileName !== '' ? fileName : null,
    numberSymbol: typeof numberSymbol === 'string' && numberSymbol !== '' ? numberSymbol : null,
  };
}
