import { router } from '../../trpc.js';
import { diffProcedureVersions } from './diff-procedure-versions.js';
import { exportProcedure } from './export-procedure.js';
import { getProcedure } from './get-procedure.js';
import { importProcedure } from './import-procedure.js';
import { listProcedures } from './list-procedures.js';
import { makeProcedureEffective } from './make-procedure-effective.js';
import { listProcedureVersions } from './procedure-versions.js';

/** The procedures catalogue (quy trình ISO 9001) of each unit: controlled documents with one version in force. */
export const proceduresRouter = router({
  import: importProcedure,
  makeEffective: makeProcedureEffective,
  list: listProcedures,
  versions: listProcedureVersions,
  get: getProcedure,
  diff: diffProcedureVersions,
  export: exportProcedure,
});
