import { createRequire } from 'node:module';
import type { Tree } from '@nx/devkit';
import { readJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';

type Generator = (tree: Tree, options: { name: string; description: string; skipFormat?: boolean }) => Promise<void>;
const require = createRequire(import.meta.url);
const serviceGenerator = require('./service/generator.cjs') as Generator;
const domainLibGenerator = require('./domain-lib/generator.cjs') as Generator;
const platformPackageGenerator = require('./platform-package/generator.cjs') as Generator;

describe('service generator', () => {
  it('creates an api library and a server application with both tag axes', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await serviceGenerator(tree, { name: 'meetings', description: 'Meetings', skipFormat: true });
    const api = readJson(tree, 'apps/meetings/api/project.json');
    const server = readJson(tree, 'apps/meetings/server/project.json');
    expect(api).toMatchObject({ name: '@lienthong/meetings-api', projectType: 'library', tags: ['type:api', 'scope:meetings'] });
    expect(server).toMatchObject({
      name: '@lienthong/meetings-server',
      projectType: 'application',
      tags: ['type:service', 'scope:meetings'],
    });
    expect(readJson(tree, 'apps/meetings/api/package.json').exports['./router']).toBeDefined();
    for (const file of [
      'apps/meetings/api/src/index.ts',
      'apps/meetings/api/src/router.ts',
      'apps/meetings/api/src/context.ts',
      'apps/meetings/api/src/db/schema.ts',
      'apps/meetings/api/drizzle.config.ts',
      'apps/meetings/api/vitest.config.ts',
      'apps/meetings/api/vitest.int.config.ts',
      'apps/meetings/api/README.md',
      'apps/meetings/server/src/main.ts',
      'apps/meetings/server/src/env.ts',
      'apps/meetings/server/Dockerfile',
      'apps/meetings/server/.env.example',
      'apps/meetings/server/README.md',
    ]) {
      expect(tree.exists(file), file).toBe(true);
    }
    const index = tree.read('apps/meetings/api/src/index.ts', 'utf-8') ?? '';
    expect(index).toContain('export function createMeetingsApi(deps: MeetingsDeps)');
    expect(index).toContain("schemaName: 'meetings'");
    expect(tree.read('apps/meetings/server/Dockerfile', 'utf-8')).toContain('USER node');
    // Templates leave no placeholder behind.
    for (const change of tree.listChanges()) {
      expect(change.content?.toString() ?? '', change.path).not.toMatch(/<%|%>|__tmpl__/);
    }
  });

  it('refuses to overwrite an existing service', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await serviceGenerator(tree, { name: 'meetings', description: 'Meetings', skipFormat: true });
    await expect(serviceGenerator(tree, { name: 'meetings', description: 'Again', skipFormat: true })).rejects.toThrow(/already exists/);
  });
});

describe('domain-lib and platform-package generators', () => {
  it('tag a domain lib type:domain and a platform package type:platform', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await domainLibGenerator(tree, { name: 'archives', description: 'Archives', skipFormat: true });
    await platformPackageGenerator(tree, { name: 'storage', description: 'Storage', skipFormat: true });
    expect(readJson(tree, 'libs/archives/project.json').tags).toEqual(['type:domain', 'scope:shared']);
    expect(readJson(tree, 'packages/storage/project.json').tags).toEqual(['type:platform', 'scope:shared']);
    expect(readJson(tree, 'libs/archives/package.json').exports['./events']).toBeDefined();
    expect(tree.read('libs/archives/src/errors.ts', 'utf-8')).toContain('export const archivesError = defineErrors');
    expect(tree.exists('packages/storage/README.md')).toBe(true);
  });
});
