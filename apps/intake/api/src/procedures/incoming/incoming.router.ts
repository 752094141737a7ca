import { router } from '../../trpc.js';
import { findIncoming } from './find-incoming.js';
import { getIncoming } from './get-incoming.js';
import { registerIncoming } from './register-incoming.js';

export const incomingRouter = router({ register: registerIncoming, find: findIncoming, get: getIncoming });
