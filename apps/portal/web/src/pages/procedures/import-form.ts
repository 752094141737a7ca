import type { IntakeInputs } from '@lienthong/intake-api/router';
import type { MessageKey } from '../../i18n/vi.js';

export type ImportProcedureInput = IntakeInputs['procedures']['import'];

/** libs/workflows MAX_PROCEDURE_JSON_LENGTH: intake refuses a longer file; the form says so before sending it. */
export const MAX_PROCEDURE_JSON_LENGTH = 1_000_000;

/** What a procedure file may be: JSON, as exported by Liên Thông or written by hand in the same format. */
export const PROCEDURE_FILE_ACCEPT = '.json,application/json';

/**
 * Checks the import form and builds `procedures.import`'s input. Only what needs no parser is checked here (blank,
 * too long): intake's parser reports JSON errors with their line and column and every rule of the file, and the page
 * shows that precise answer rather than a second, vaguer opinion of its own.
 */
export function toImportInput(
  json: string,
  orgId: string | null,
): { ok: true; input: ImportProcedureInput } | { ok: false; error: MessageKey } {
  // A byte order mark from Windows editors is not part of the JSON.
  const text = json.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: 'procedures.import.validation.empty' };
  if (text.length > MAX_PROCEDURE_JSON_LENGTH) return { ok: false, error: 'procedures.import.validation.tooLong' };
  return { ok: true, input: { json: text, ...(orgId ? { orgId } : {}) } };
}

/** The file name a downloaded export is saved under: the server's (`<code>_v<version>.json`), made safe for disks. */
export function exportFileName(serverName: string, code: string, version: string): string {
  const name = serverName.trim() || `${code}_v${version}.json`;
  return name.replace(/[\\/:*?"<>|]+/g, '_');
}
