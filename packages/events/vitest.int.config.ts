import { mergeConfig, type ViteUserConfig } from 'vitest/config';
import { integrationTestConfig } from '../../tools/config/vitest.shared.js';

// One file at a time: outage.int.test.ts stops and starts the shared local broker, which would break a Kafka suite
// running beside it.
const config: ViteUserConfig = mergeConfig(integrationTestConfig('events'), { test: { fileParallelism: false } });

export default config;
