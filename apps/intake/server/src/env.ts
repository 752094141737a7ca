import { dbEnv } from '@lienthong/db/env';
import { defineEnv, serverEnv } from '@lienthong/service-kit/env';
import { otelEnv } from '@lienthong/telemetry/env';
import { z } from 'zod';

/** Every setting of the `intake` server; `.env.example` lists them. Parsed once, all problems reported together. */
export const intakeEnv = defineEnv({
  ...serverEnv,
  ...dbEnv,
  ...otelEnv,
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'SEED_DEMO phải là true hoặc false' })
    .default('false')
    .transform((value) => value === 'true')
    .describe('Load the demo organisation (Thanh Hóa) into the directory when it is missing'),
});

export type IntakeEnv = ReturnType<typeof intakeEnv.load>;
