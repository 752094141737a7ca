// Lint for the whole workspace. The module-boundary constraints below are the dependency table of
// ../shared/design/architecture.md §2 (type axis) plus one scope per service (scope axis); style.md §2 explains them.
// tools/workspace-checks proves in the test suite that a violation fails lint.
import nx from '@nx/eslint-plugin';

const K = 'type:kernel';

/** Node built-ins are not graph nodes, so `bannedExternalImports` cannot ban them: a plain pattern does. */
const NODE_BUILTINS = [
  'node:*', 'fs', 'fs/*', 'path', 'net', 'http', 'https', 'http2', 'child_process', 'os', 'crypto', 'dgram', 'dns',
  'tls', 'worker_threads', 'cluster', 'process', 'stream', 'zlib', 'module', 'vm', 'url',
];

/** One scope per deployable service; a service's api and server may use only their own scope and the shared one. */
const SERVICE_SCOPES = ['intake', 'routing', 'signing', 'meetings', 'archive'];

const BOUNDARY_OPTIONS = {
          enforceBuildableLibDependency: false,
          checkNestedExternalImports: true,
          allow: [],
          depConstraints: [
            // type axis
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', K],
              bannedExternalImports: [
                'drizzle-orm*', 'drizzle-kit', 'kafkajs', '@trpc/*', '@opentelemetry/*', 'pg', 'postgres',
                '@electric-sql/*', 'react*', 'pino*', 'prom-client',
              ],
            },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', K] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', K] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:platform', K] },
            {
              sourceTag: 'type:web',
              onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:platform', K],
              bannedExternalImports: ['drizzle-orm*', 'kafkajs', 'pg', 'postgres', '@electric-sql/*'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', K] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:api', 'type:domain', 'type:platform', K] },
            // scope axis
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...SERVICE_SCOPES.map((scope) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
            })),
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
          ],
        };

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', 'tmp', 'artifacts', '**/*.timestamp-*.mjs', '**/drizzle/meta'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    // Tool configs (vitest, drizzle-kit) import the shared presets in tools/config by path; they are not project code.
    ignores: ['**/vitest*.config.ts', '**/drizzle.config.ts', '**/vite.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        BOUNDARY_OPTIONS,
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The portal imports service api projects for their router types only (style.md §2). The nested check would follow
    // those type-only edges, and service-kit's browser-safe ./client entry, to drizzle and pg: the type-only rule
    // below guards what ships instead.
    files: ['apps/portal/web/**/*.ts', 'apps/portal/web/**/*.tsx'],
    ignores: ['**/vite.config.ts', '**/vitest*.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { ...BOUNDARY_OPTIONS, checkNestedExternalImports: false }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lienthong/*-api', '@lienthong/*-api/*'],
              allowTypeImports: true,
              message: 'The portal may import a service api for its types only: use `import type`.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_BUILTINS, message: 'The portal runs in the browser: no Node built-ins.' }] },
      ],
    },
  },
  {
    // Domain libraries and the kernel stay pure: no disk, network or process access.
    files: ['libs/**/*.ts', 'tools/seed/**/*.ts'],
    ignores: ['**/*.test.ts', '**/vitest*.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_BUILTINS, message: 'Domain libraries are pure: take time, ids and storage as parameters (architecture §2).' }] },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Domain libraries never touch the network.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Take a Clock or a `now` argument.' }],
    },
  },
  {
    // Only a deployable's env.ts reads the environment (style.md §9); tests and tools may.
    files: ['apps/**/*.ts', 'packages/**/*.ts', 'libs/**/*.ts'],
    // Tests and the browser test project are test code: they read the environment to find the servers to test.
    ignores: ['**/env.ts', '**/*.test.ts', '**/testing/**', '**/testing.ts', '**/vitest*.config.ts', '**/drizzle.config.ts', 'apps/portal/e2e/**', 'tools/bench/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in src/env.ts and pass it down.' },
      ],
    },
  },
];
