import { router } from '../../trpc.js';
import { approveDossier } from './approve-dossier.js';
import { completeStep } from './complete-step.js';
import { findDossiers } from './find-dossiers.js';
import { findMySteps } from './find-my-steps.js';
import { getDossier } from './get-dossier.js';
import { issueApology } from './issue-apology.js';
import { refuseDossier } from './refuse-dossier.js';
import { requestSupplement } from './request-supplement.js';
import { resumeDossier } from './resume-dossier.js';
import { returnResult } from './return-result.js';

export const dossiersRouter = router({
  find: findDossiers,
  mySteps: findMySteps,
  get: getDossier,
  completeStep,
  requestSupplement,
  resume: resumeDossier,
  refuse: refuseDossier,
  approve: approveDossier,
  returnResult,
  issueApology,
});
