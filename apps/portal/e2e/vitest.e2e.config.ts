import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (they share port 8080), long timeouts for the build, the host and the bus.
export default defineConfig({
  resolve: { conditions: ['@lienthong/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@lienthong/source', 'node', 'development|production'] } },
  test: {
    name: 'portal-e2e',
    include: ['src/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
