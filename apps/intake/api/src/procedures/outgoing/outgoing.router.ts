import { router } from '../../trpc.js';
import { addOutgoingVersion } from './add-outgoing-version.js';
import { closeConsultation } from './close-consultation.js';
import { commentConsultation } from './comment-consultation.js';
import { createOutgoing } from './create-outgoing.js';
import { exportOutgoingEdxml } from './export-outgoing-edxml.js';
import { findOutgoing } from './find-outgoing.js';
import { getOutgoing } from './get-outgoing.js';
import { issueOutgoing } from './issue-outgoing.js';
import {
  approveOutgoing,
  recallOutgoing,
  replaceOutgoing,
  returnOutgoing,
  signOutgoing,
  submitOutgoing,
} from './move-outgoing.js';
import { myConsultations } from './my-consultations.js';
import { openConsultation } from './open-consultation.js';

/** Outgoing documents (văn bản đi): draft → consultation → submit → approve → sign → number and issue; recall, replace. */
export const outgoingRouter = router({
  create: createOutgoing,
  addVersion: addOutgoingVersion,
  find: findOutgoing,
  get: getOutgoing,
  openConsultation,
  comment: commentConsultation,
  closeConsultation,
  myConsultations,
  submit: submitOutgoing,
  approve: approveOutgoing,
  sendBack: returnOutgoing,
  sign: signOutgoing,
  issue: issueOutgoing,
  recall: recallOutgoing,
  replace: replaceOutgoing,
  exportEdxml: exportOutgoingEdxml,
});
