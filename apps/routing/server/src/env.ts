import { dbEnv } from '@lienthong/db/env';
import { defineEnv, serverEnv } from '@lienthong/service-kit/env';
import { otelEnv } from '@lienthong/telemetry/env';

/** Every setting of the `routing` server; `.env.example` lists them. Parsed once, all problems reported together. */
export const routingEnv = defineEnv({ ...serverEnv, ...dbEnv, ...otelEnv });

export type RoutingEnv = ReturnType<typeof routingEnv.load>;
