import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from './trpc.js';

/** The root router of `routing`: one sub-router per resource (`procedures/<resource>/<resource>.router.ts`). */
export const routingRouter = router({});

export type RoutingRouter = typeof routingRouter;
export type RoutingInputs = inferRouterInputs<RoutingRouter>;
export type RoutingOutputs = inferRouterOutputs<RoutingRouter>;
