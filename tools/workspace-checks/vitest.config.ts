import { defineConfig } from 'vitest/config';
import { unitTestConfig } from '../../tools/config/vitest.shared.js';

const base = unitTestConfig('workspace-checks');
// Computing the Nx project graph takes a few seconds on two cores.
export default defineConfig({ ...base, test: { ...base.test, testTimeout: 60_000, hookTimeout: 120_000 } });
