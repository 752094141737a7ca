import { describe, expect, it } from 'vitest';
import type { PortalUser } from '../../auth/user.js';
import {
  compareVersionText,
  defaultDiffPair,
  defaultVersionOf,
  displayStatusOf,
  keepsRow,
  listInputOf,
  listParamsOf,
  listViewOf,
  mayManageCatalogue,
  procedurePath,
  type ProcedureVersion,
} from './procedure-model.js';

const ORG = 'th-ubnd-xa-hoang-hoa';

function user(roles: PortalUser['roles'], orgId: string | null = ORG): PortalUser {
  return { id: 'u', displayName: 'Người dùng', username: 'u', roles, orgId };
}

function aVersion(version: string, overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    id: `0199a3b2-7c1e-7d2a-9f00-00000000000${version.replace('.', '')}`,
    orgId: ORG,
    code: '1.004616.000.00.00.H56',
    version,
    name: 'Đăng ký khai sinh',
    status: 'effective',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    supersededBy: null,
    inForce: false,
    timeLimit: { unit: 'working-days', value: 3 },
    stepCount: 4,
    approvedBy: 'Lê Văn Hùng',
    approvedOn: '2025-06-20',
    importedBy: 'lanhdao.hoanghoa',
    importedAt: new Date('2025-06-21T02:00:00Z'),
    madeEffectiveBy: null,
    madeEffectiveAt: null,
    ...overrides,
  };
}

describe('displayStatusOf', () => {
  const today = '2025-09-15';
  it('reads drafts, versions in force, versions still to come and versions that ended', () => {
    expect(displayStatusOf(aVersion('2.0', { status: 'draft', effectiveFrom: '2025-01-01' }), today)).toBe('draft');
    expect(displayStatusOf(aVersion('1.0', { inForce: true }), today)).toBe('in-force');
    expect(displayStatusOf(aVersion('1.1', { effectiveFrom: '2025-10-01' }), today)).toBe('upcoming');
    expect(displayStatusOf(aVersion('1.0', { effectiveTo: '2025-08-31' }), today)).toBe('ended');
    expect(displayStatusOf(aVersion('1.0', { status: 'superseded', effectiveTo: '2025-08-31' }), today)).toBe(
      'superseded',
    );
  });
});

describe('the list address', () => {
  it('reads the search, the status and the unit, falling back to the defaults', () => {
    expect(listViewOf(new URLSearchParams('q=%20khai%20sinh%20&status=draft&org=th-ubnd-tinh'))).toEqual({
      query: 'khai sinh',
      status: 'draft',
      orgId: 'th-ubnd-tinh',
    });
    expect(listViewOf(new URLSearchParams('status=whatever&org=%20'))).toEqual({
      query: '',
      status: 'all',
      orgId: null,
    });
  });

  it('writes only what differs from the defaults, and reads back the same view', () => {
    expect(listParamsOf({ query: '', status: 'all', orgId: null })).toEqual({});
    const view = { query: 'hộ tịch', status: 'issued' as const, orgId: 'th-ubnd-tinh' };
    expect(listViewOf(new URLSearchParams(listParamsOf(view)))).toEqual(view);
  });

  it('leaves drafts out server-side for "issued" and keeps only drafts for "draft"', () => {
    expect(listInputOf({ query: '', status: 'issued', orgId: null }, 50)).toEqual({ includeDrafts: false, limit: 50 });
    expect(listInputOf({ query: 'khai sinh', status: 'draft', orgId: 'th-ubnd-tinh' }, 50)).toEqual({
      orgId: 'th-ubnd-tinh',
      query: 'khai sinh',
      includeDrafts: true,
      limit: 50,
    });
    const draftView = { query: '', status: 'draft' as const, orgId: null };
    expect(keepsRow(draftView, aVersion('2.0', { status: 'draft' }))).toBe(true);
    expect(keepsRow(draftView, aVersion('1.0'))).toBe(false);
    expect(keepsRow({ ...draftView, status: 'all' }, aVersion('1.0'))).toBe(true);
  });
});

describe('who manages a catalogue', () => {
  it('lets a leader manage their own unit only, and an administrator any unit', () => {
    expect(mayManageCatalogue(user(['lanh-dao']), null)).toBe(true);
    expect(mayManageCatalogue(user(['lanh-dao']), ORG)).toBe(true);
    expect(mayManageCatalogue(user(['lanh-dao']), 'th-ubnd-tinh')).toBe(false);
    expect(mayManageCatalogue(user(['quan-tri'], null), 'th-ubnd-tinh')).toBe(true);
    expect(mayManageCatalogue(user(['van-thu']), null)).toBe(false);
  });
});

describe('versions', () => {
  it('orders major.minor numerically, not as text', () => {
    expect(['1.10', '1.2', '2.0', '1.0'].sort(compareVersionText)).toEqual(['1.0', '1.2', '1.10', '2.0']);
  });

  it('opens on the version named, else the one in force, else the newest', () => {
    const versions = [aVersion('1.0', { inForce: true }), aVersion('1.1', { status: 'draft' })];
    expect(defaultVersionOf(versions, '1.1')?.version).toBe('1.1');
    expect(defaultVersionOf(versions, '9.9')?.version).toBe('1.0');
    expect(
      defaultVersionOf([aVersion('1.0', { status: 'draft' }), aVersion('1.2', { status: 'draft' })], null)?.version,
    ).toBe('1.2');
    expect(defaultVersionOf([], null)).toBeNull();
  });

  it('compares the version in force with the newest by default', () => {
    expect(
      defaultDiffPair([aVersion('1.0', { inForce: true }), aVersion('1.1', { status: 'draft' }), aVersion('0.9')]),
    ).toEqual({
      from: '1.0',
      to: '1.1',
    });
    expect(defaultDiffPair([aVersion('1.0'), aVersion('2.0', { inForce: true })])).toEqual({ from: '1.0', to: '2.0' });
    expect(defaultDiffPair([aVersion('1.0')])).toBeNull();
  });

  it('links to a procedure with its code escaped, the version and the unit', () => {
    expect(procedurePath('QT 07/2025')).toBe('/procedures/QT%2007%2F2025');
    expect(procedurePath('1.004616.000.00.00.H56', { version: '1.1', orgId: 'th-ubnd-tinh' })).toBe(
      '/procedures/1.004616.000.00.00.H56?version=1.1&org=th-ubnd-tinh',
    );
  });
});
