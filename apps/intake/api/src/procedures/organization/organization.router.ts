import { router } from '../../trpc.js';
import { findUnits } from './find-units.js';
import { listPartyTerms, setPartyTerm } from './set-party-term.js';

export const organizationRouter = router({ findUnits, partyTerms: listPartyTerms, setPartyTerm });
