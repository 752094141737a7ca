/**
 * Vitest presets shared by every project. Tests resolve workspace packages to their TypeScript sources through the
 * `@lienthong/source` export condition, so no project has to be built before another one's tests run.
 */
import { defaultClientConditions } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const SOURCE_CONDITION = '@lienthong/source';

/**
 * Server-side tests resolve like Node does (plus the source condition). Vite's default server conditions include
 * `module`, which picks OpenTelemetry's ESM build, and that build cannot be loaded by Node.
 */
const resolveFromSource = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, 'node', 'development|production'] } },
} satisfies ViteUserConfig;

/** Unit tests: `src/**\/*.test.ts`, no I/O, no integration suites. */
export function unitTestConfig(name: string): ViteUserConfig {
  return defineConfig({
    ...resolveFromSource,
    test: {
      name,
      include: ['src/**/*.test.ts'],
      exclude: ['src/**/*.int.test.ts', 'node_modules/**', 'dist/**'],
      passWithNoTests: true,
      environment: 'node',
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    },
  });
}

/** Integration tests: `src/**\/*.int.test.ts`, against a real database (PGlite or PostgreSQL). */
export function integrationTestConfig(name: string): ViteUserConfig {
  return defineConfig({
    ...resolveFromSource,
    test: {
      name: `${name}:int`,
      include: ['src/**/*.int.test.ts'],
      passWithNoTests: true,
      environment: 'node',
      reporters: ['default', ['json', { outputFile: 'test-results/int.json' }]],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // PGlite instances are heavy (one WASM Postgres each); two cores take two files at a time.
      maxWorkers: 2,
    },
  });
}
