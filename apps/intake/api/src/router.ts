import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { incomingRouter } from './procedures/incoming/incoming.router.js';
import { organizationRouter } from './procedures/organization/organization.router.js';
import { outgoingRouter } from './procedures/outgoing/outgoing.router.js';
import { registersRouter } from './procedures/registers/registers.router.js';
import { router } from './trpc.js';

/** The root router of `intake`: one sub-router per resource (`procedures/<resource>/<resource>.router.ts`). */
export const intakeRouter = router({
  incoming: incomingRouter,
  organization: organizationRouter,
  outgoing: outgoingRouter,
  registers: registersRouter,
});

export type IntakeRouter = typeof intakeRouter;
export type IntakeInputs = inferRouterInputs<IntakeRouter>;
export type IntakeOutputs = inferRouterOutputs<IntakeRouter>;
