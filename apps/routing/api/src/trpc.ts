import { createServiceTRPC } from '@lienthong/service-kit';
import type { RoutingContext } from './context.js';

export const { router, publicProcedure, createCallerFactory } = createServiceTRPC<RoutingContext>();
