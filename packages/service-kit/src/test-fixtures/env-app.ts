/** Run as a child process by `env.int.test.ts`: loads its environment the way a deployable's `env.ts` does. */
import { z } from 'zod';
import { defineEnv, loadEnvOrExit, serverEnv } from '../env.js';

const env = loadEnvOrExit(defineEnv({ ...serverEnv, DATABASE_URL: z.url() }));
process.stdout.write(`${JSON.stringify(env)}\n`);
