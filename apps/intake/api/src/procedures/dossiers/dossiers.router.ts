import { router } from '../../trpc.js';
import { findDossiers } from './find-dossiers.js';
import { getDossier } from './get-dossier.js';
import { receiveNewDossier } from './receive-dossier.js';

/** Dossiers (hồ sơ thủ tục hành chính) received at the unit's one-stop desk. */
export const dossiersRouter = router({ receive: receiveNewDossier, get: getDossier, find: findDossiers });
