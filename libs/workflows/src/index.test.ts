import { describe, expect, it } from 'vitest';
import * as workflows from './index.js';

describe('the public entry', () => {
  it('exports the functions the issue names', () => {
    for (const name of [
      'ProcedureDefinition',
      'validateProcedure',
      'parseProcedureJson',
      'procedureToJson',
      'diffProcedures',
      'makeEffective',
      'effectiveVersionOn',
      'InternalAudit',
      'ManagementReview',
      'Nonconformity',
      'closeNonconformity',
      'appointmentDate',
      'dossierCode',
      'parseDossierCode',
      'stepDeadlines',
      'startClock',
      'pauseClock',
      'resumeClock',
      'dueWithPauses',
      'receiveDossier',
      'dossierTransition',
      'issueApologyLetter',
      'classifyCompletion',
      'classifyDossier',
      'onTimeReport',
      'workflowsError',
    ]) {
      expect(workflows, name).toHaveProperty(name);
    }
  });
});
