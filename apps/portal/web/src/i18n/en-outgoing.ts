import type { viOutgoing } from './vi-outgoing.js';

/** English texts of the outgoing-documents pages: the same keys and placeholders as `vi-outgoing.ts`. */
export const enOutgoing: Record<keyof typeof viOutgoing, string> = {
  'nav.outgoing.list': 'Outgoing documents',
  'nav.outgoing.new': 'New draft',
  'nav.outgoing.consultations': 'Drafts for comment',
};
