import { defineConfig } from 'vitest/config';
import { integrationTestConfig } from '../../tools/config/vitest.shared.js';

const base = integrationTestConfig('platform');
// One file at a time: the outage test stops and starts the shared local Kafka broker, which would break the others.
export default defineConfig({ ...base, test: { ...base.test, fileParallelism: false } });
