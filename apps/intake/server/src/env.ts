import { authEnv } from '@lienthong/auth/env';
import { dbEnv } from '@lienthong/db/env';
import { kafkaEnv } from '@lienthong/events/env';
import { ocrEnv } from '@lienthong/ocr/env';
import { defineEnv, serverEnv } from '@lienthong/service-kit/env';
import { storageEnv } from '@lienthong/storage/env';
import { otelEnv } from '@lienthong/telemetry/env';
import { z } from 'zod';

/** A standalone service has no built-in issuer: it must be told where tokens come from. */
const OIDC_ISSUER_URL = z
  .url({
    protocol: /^https?$/,
    error:
      'OIDC_ISSUER_URL là bắt buộc: URL của realm, ví dụ http://127.0.0.1:8180/realms/lienthong ' +
      '/ OIDC_ISSUER_URL is required: the realm URL, e.g. http://127.0.0.1:8180/realms/lienthong',
  })
  .transform((url) => url.replace(/\/+$/, ''));

/** Every setting of the `intake` server; `.env.example` lists them. Parsed once, all problems reported together. */
export const intakeEnv = defineEnv({
  ...serverEnv,
  ...dbEnv,
  ...kafkaEnv,
  ...authEnv,
  ...storageEnv,
  ...otelEnv,
  ...ocrEnv,
  OIDC_ISSUER_URL,
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'SEED_DEMO phải là true hoặc false' })
    .default('false')
    .transform((value) => value === 'true')
    .describe('Load the demo organisation (Thanh Hóa) into the directory when it is missing'),
});

export type IntakeEnv = ReturnType<typeof intakeEnv.load>;
