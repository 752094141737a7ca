import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { createRoutingTestHarness, type RoutingTestHarness } from './testing.js';

describe(`routing service on ${testDatabaseDriver()}`, () => {
  let harness: RoutingTestHarness;
  beforeAll(async () => {
    harness = await createRoutingTestHarness();
  });
  afterAll(() => harness.close());

  it('migrates a fresh database, twice without harm, and reports ready', async () => {
    await harness.api.migrate();
    for (const check of harness.api.readiness) await expect(check.check()).resolves.toBeUndefined();
  });
});
