// Builders for tests in other projects.
export { aProcedure, type ProcedureBuilder } from './procedure.builder.js';
