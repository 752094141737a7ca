import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { dossiersRouter } from './procedures/dossiers/dossiers.router.js';
import { queueRouter } from './procedures/queue/queue.router.js';
import { reportsRouter } from './procedures/reports/reports.router.js';
import { router } from './trpc.js';

/** The root router of `routing`: one sub-router per resource (`procedures/<resource>/<resource>.router.ts`). */
export const routingRouter = router({ queue: queueRouter, dossiers: dossiersRouter, reports: reportsRouter });

export type RoutingRouter = typeof routingRouter;
export type RoutingInputs = inferRouterInputs<RoutingRouter>;
export type RoutingOutputs = inferRouterOutputs<RoutingRouter>;
