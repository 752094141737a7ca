import { dbEnv } from '@lienthong/db/env';
import { defineEnv, serverEnv } from '@lienthong/service-kit/env';
import { otelEnv } from '@lienthong/telemetry/env';
import { z } from 'zod';

/** Settings of the all-in-one host. Without DATABASE_URL every service shares one PGlite database under DATA_DIR. */
export const platformEnv = defineEnv({
  ...serverEnv,
  ...dbEnv,
  ...otelEnv,
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL phải là một URL, ví dụ http://localhost:8080' }).optional().describe('The URL printed on start'),
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'SEED_DEMO phải là true hoặc false' })
    .default('true')
    .transform((value) => value === 'true')
    .describe('Load the demo organisation (Thanh Hóa) on first start'),
});

export type PlatformEnv = ReturnType<typeof platformEnv.load>;
