import { createServiceTRPC } from '@lienthong/service-kit';
import type { RoutingContext } from './context.js';

export const { router, protectedProcedure, requireRoles, createCallerFactory } = createServiceTRPC<RoutingContext>();
