import { router } from '../../trpc.js';
import { findQueue } from './find-queue.js';

export const queueRouter = router({ find: findQueue });
