import { router } from '../../trpc.js';
import { findUnits } from './find-units.js';

export const organizationRouter = router({ findUnits });
