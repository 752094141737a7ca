import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { calendarRouter } from './procedures/calendar/calendar.router.js';
import { dossiersRouter } from './procedures/dossiers/dossiers.router.js';
import { incomingRouter } from './procedures/incoming/incoming.router.js';
import { isoRouter } from './procedures/iso/iso.router.js';
import { organizationRouter } from './procedures/organization/organization.router.js';
import { outgoingRouter } from './procedures/outgoing/outgoing.router.js';
import { proceduresRouter } from './procedures/procedures/procedures.router.js';
import { registersRouter } from './procedures/registers/registers.router.js';
import { router } from './trpc.js';

/** The root router of `intake`: one sub-router per resource (`procedures/<resource>/<resource>.router.ts`). */
export const intakeRouter = router({
  calendar: calendarRouter,
  dossiers: dossiersRouter,
  incoming: incomingRouter,
  iso: isoRouter,
  organization: organizationRouter,
  outgoing: outgoingRouter,
  procedures: proceduresRouter,
  registers: registersRouter,
});

export type IntakeRouter = typeof intakeRouter;
export type IntakeInputs = inferRouterInputs<IntakeRouter>;
export type IntakeOutputs = inferRouterOutputs<IntakeRouter>;
