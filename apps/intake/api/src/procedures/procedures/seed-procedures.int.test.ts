import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { demoProcedures } from '@lienthong/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const COMMUNE = 'th-ubnd-xa-hoang-hoa';

describe(`demo procedures on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  beforeAll(async () => {
    h = await createIntakeTestHarness('2026-03-02T02:00:00Z');
  });
  afterAll(() => h.close());

  it('are validated and made effective like an imported file, once, and a dossier can be received for them', async () => {
    expect(await h.api.seedProcedures([COMMUNE], demoProcedures())).toBe(demoProcedures().length);
    expect(await h.api.seedProcedures([COMMUNE], demoProcedures())).toBe(0);
    const clerk = aPrincipal({ username: 'vanthu.hoanghoa', roles: ['van-thu'], orgId: COMMUNE });
    const listed = await h.callerFor(clerk).procedures.list();
    expect(listed.items.map((item) => [item.code, item.status])).toEqual(
      expect.arrayContaining([
        ['DEMO-HT-01', 'effective'],
        ['DEMO-CT-01', 'effective'],
      ]),
    );
    // Monday 2 March 2026, 09:00 in Vietnam; 3 working days → Thursday 5 March.
    const receipt = await h.callerFor(clerk).dossiers.receive({
      procedureCode: 'DEMO-HT-01',
      applicant: { name: 'Nguyễn Văn An' },
    });
    expect(receipt.appointment.date).toBe('2026-03-05');
  });
});
