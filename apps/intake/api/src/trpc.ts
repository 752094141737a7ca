import { createServiceTRPC } from '@lienthong/service-kit';
import type { IntakeContext } from './context.js';

export const { router, protectedProcedure, requireRoles, createCallerFactory } = createServiceTRPC<IntakeContext>();
