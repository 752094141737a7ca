import { authEnv } from '@lienthong/auth/env';
import { dbEnv } from '@lienthong/db/env';
import { kafkaEnv } from '@lienthong/events/env';
import { ocrEnv } from '@lienthong/ocr/env';
import { storageEnv } from '@lienthong/storage/env';
import { defineEnv, serverEnv } from '@lienthong/service-kit/env';
import { otelEnv } from '@lienthong/telemetry/env';
import { z } from 'zod';

/**
 * Settings of the all-in-one host. Without DATABASE_URL every service shares one PGlite database under DATA_DIR;
 * without KAFKA_BROKERS events travel in process; without OIDC_ISSUER_URL the host is its own OpenID issuer.
 */
export const platformEnv = defineEnv({
  ...serverEnv,
  ...dbEnv,
  ...kafkaEnv,
  ...authEnv,
  ...otelEnv,
  ...ocrEnv,
  // STORAGE_DIR is ignored by the host, which keeps local files under DATA_DIR/files; STORAGE_BACKEND=s3 and the
  // STORAGE_S3_* keys select an S3-compatible store instead.
  ...storageEnv,
  PUBLIC_URL: z
    .url({ error: 'PUBLIC_URL phải là một URL, ví dụ http://localhost:8080' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional()
    .describe('The URL people open (default http://localhost:<PORT>); the built-in issuer lives under it'),
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'SEED_DEMO phải là true hoặc false' })
    .default('true')
    .transform((value) => value === 'true')
    .describe('Load the demo organisation (Thanh Hóa) on first start'),
  REALM_FILE: z.string().min(1).optional().describe('Keycloak realm export the built-in issuer reads users from'),
  PORTAL_DIR: z.string().min(1).optional().describe('The built portal (default apps/portal/web/dist)'),
});

export type PlatformEnv = ReturnType<typeof platformEnv.load>;
