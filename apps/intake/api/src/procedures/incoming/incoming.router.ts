import { router } from '../../trpc.js';
import { findIncoming } from './find-incoming.js';
import { getIncoming } from './get-incoming.js';
import { importEdxml } from './import-edxml.js';
import { registerIncoming } from './register-incoming.js';

export const incomingRouter = router({
  register: registerIncoming,
  importEdxml,
  find: findIncoming,
  get: getIncoming,
});
