import { router } from '../../trpc.js';
import { listAudits, recordAudit } from './audits.js';
import {
  addAction,
  closeNonconformityProcedure,
  completeAction,
  getNonconformity,
  listNonconformities,
  openNonconformity,
  verifyAction,
} from './nonconformities.js';
import { listReviews, recordReview } from './reviews.js';

/** ISO 9001 records of each unit around its procedures: internal audits (9.2), management reviews (9.3), 10.2. */
export const isoRouter = router({
  recordAudit,
  audits: listAudits,
  recordReview,
  reviews: listReviews,
  openNonconformity,
  addAction,
  completeAction,
  verifyAction,
  closeNonconformity: closeNonconformityProcedure,
  nonconformities: listNonconformities,
  nonconformity: getNonconformity,
});
