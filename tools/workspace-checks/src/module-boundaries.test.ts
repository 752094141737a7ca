import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Lints `code` as if it were the file `relativePath` of the workspace; returns the rule ids that fired. */
async function ruleIdsFor(relativePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('module boundaries (architecture §2)', () => {
  beforeAll(() => {
    // The rule reads Nx's cached project graph and silently skips itself without one: compute it first.
    execFileSync('npx', ['nx', 'show', 'projects'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
      stdio: 'ignore',
    });
  });

  it('rejects a domain library importing a platform package', async () => {
    const ids = await ruleIdsFor(
      'libs/organization/src/__probe__.ts',
      "import { createDatabase } from '@lienthong/db';\nexport const probe = createDatabase;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('rejects the kernel importing any workspace project', async () => {
    const ids = await ruleIdsFor(
      'libs/kernel/src/__probe__.ts',
      "import { parseOrgCode } from '@lienthong/organization';\nexport const probe = parseOrgCode;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('rejects a platform package importing a domain library', async () => {
    const ids = await ruleIdsFor(
      'packages/db/src/__probe__.ts',
      "import { parseOrgCode } from '@lienthong/organization';\nexport const probe = parseOrgCode;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it("rejects one service's api importing another service's api", async () => {
    const ids = await ruleIdsFor(
      'apps/intake/api/src/__probe__.ts',
      "import { createRoutingApi } from '@lienthong/routing-api';\nexport const probe = createRoutingApi;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('rejects a domain library importing drizzle or a Node built-in', async () => {
    const drizzle = await ruleIdsFor(
      'libs/organization/src/__probe__.ts',
      "import { sql } from 'drizzle-orm';\nexport const probe = sql;\n",
    );
    expect(drizzle).toContain('@nx/enforce-module-boundaries');
    const fs = await ruleIdsFor(
      'libs/organization/src/__probe__.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expect(fs).toContain('no-restricted-imports');
  });

  it('accepts what the design allows', async () => {
    expect(
      await ruleIdsFor(
        'libs/organization/src/__probe__.ts',
        "import { ok } from '@lienthong/kernel';\nexport const probe = ok;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        'apps/intake/api/src/__probe__.ts',
        "import { createDatabase } from '@lienthong/db';\nimport { parseOrgCode } from '@lienthong/organization';\nexport const probe = [createDatabase, parseOrgCode];\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        'apps/platform/src/__probe__.ts',
        "import { createIntakeApi } from '@lienthong/intake-api';\nexport const probe = createIntakeApi;\n",
      ),
    ).toEqual([]);
  });
});
