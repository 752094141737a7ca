import { aPrincipal } from '@lienthong/auth/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';

const PROVINCIAL_PARTY = 'th-tinh-uy';
const partyClerk = aPrincipal({ username: 'vanthu.tinhuy', roles: ['van-thu'], orgId: PROVINCIAL_PARTY });
const admin = aPrincipal({ username: 'quantri', roles: ['quan-tri'], orgId: 'th-ubnd-tinh' });
const document = {
  issuer: 'Ban Chấp hành Trung ương',
  numberSymbol: '82-KL/TW',
  documentDate: '2025-09-10',
  subject: 'Kết luận về việc tiếp tục thực hiện Nghị quyết',
};

describe(`Party registers numbered per term on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
    );
  beforeAll(async () => {
    h = await createIntakeTestHarness('2025-09-15T02:00:00Z');
  });
  afterAll(() => h.close());

  it('refuses to number until a term covers today, then numbers within the term in force', async () => {
    expect(await codeOf(h.callerFor(partyClerk).incoming.register(document))).toBe('PARTY_TERM_NOT_FOUND');
    expect(
      await codeOf(
        h
          .callerFor(partyClerk)
          .organization.setPartyTerm({ orgId: PROVINCIAL_PARTY, key: '2020-2025', startsOn: '2020-10-15' }),
      ),
    ).toBe('ROLE_REQUIRED');
    await h.callerFor(admin).organization.setPartyTerm({
      orgId: PROVINCIAL_PARTY,
      key: '2020-2025',
      startsOn: '2020-10-15',
      endsOn: '2025-08-20',
    });
    expect(await codeOf(h.callerFor(partyClerk).incoming.register(document))).toBe('PARTY_TERM_NOT_FOUND');
    await h
      .callerFor(admin)
      .organization.setPartyTerm({ orgId: PROVINCIAL_PARTY, key: '2025-2030', startsOn: '2025-08-21' });
    const registered = await h.callerFor(partyClerk).incoming.register(document);
    expect(registered).toMatchObject({ incomingNumber: 1, registerScope: '2025-2030', numberSymbol: '82-KL/TW' });
    expect(await h.callerFor(partyClerk).organization.partyTerms({ orgId: PROVINCIAL_PARTY })).toEqual([
      { key: '2020-2025', startsOn: '2020-10-15', endsOn: '2025-08-20' },
      { key: '2025-2030', startsOn: '2025-08-21', endsOn: null },
    ]);
  });

  it('refuses a term for a State unit and a term that ends before it starts', async () => {
    expect(
      await codeOf(
        h
          .callerFor(admin)
          .organization.setPartyTerm({ orgId: 'th-ubnd-tinh', key: '2020-2025', startsOn: '2020-10-15' }),
      ),
    ).toBe('PARTY_UNIT_REQUIRED');
    expect(
      await codeOf(
        h.callerFor(admin).organization.setPartyTerm({
          orgId: PROVINCIAL_PARTY,
          key: '2030-2035',
          startsOn: '2030-10-01',
          endsOn: '2030-09-01',
        }),
      ),
    ).toBe('PARTY_TERM_DATES_INVALID');
  });
});
