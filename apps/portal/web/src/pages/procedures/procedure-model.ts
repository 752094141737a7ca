import type { IntakeInputs, IntakeOutputs } from '@lienthong/intake-api/router';
import type { PortalUser } from '../../auth/user.js';
import { hasAnyRole } from '../../auth/user.js';

/** One version of a procedure as the catalogue lists it (`procedures.list`, `procedures.versions`). */
export type ProcedureVersion = IntakeOutputs['procedures']['list']['items'][number];
/** One version with its whole definition: steps, records to keep, legal basis (`procedures.get`). */
export type ProcedureDetail = IntakeOutputs['procedures']['get'];
export type ProcedureDefinition = ProcedureDetail['definition'];
export type ProcedureStep = ProcedureDefinition['steps'][number];
export type RetainedRecord = ProcedureDefinition['records'][number];
export type ProcedureDiffResult = IntakeOutputs['procedures']['diff'];
/** What making a draft effective did: the version now issued, and the one it supersedes. */
export type MakeEffectiveOutcome = IntakeOutputs['procedures']['makeEffective'];
export type ListProceduresInput = NonNullable<IntakeInputs['procedures']['list']>;
export type VersionStatus = ProcedureVersion['status'];

/** Who manages a catalogue: a leader their own unit's, an administrator any unit's (intake's `catalogueToChange`). */
export const CATALOGUE_ROLES = ['lanh-dao', 'quan-tri'] as const;

/** Whether `user` may import into or make effective in the catalogue of `orgId` (null: their own). */
export function mayManageCatalogue(user: PortalUser, orgId: string | null): boolean {
  if (hasAnyRole(user, ['quan-tri'])) return true;
  return hasAnyRole(user, ['lanh-dao']) && (orgId === null || orgId === user.orgId);
}

/** Administrators may read and change any unit's catalogue: the pages then carry the unit in the address (`?org=`). */
export function choosesUnit(user: PortalUser): boolean {
  return hasAnyRole(user, ['quan-tri']);
}

/**
 * How a version reads in a list: a draft; in force today; issued but starting later; or over (superseded, or ended
 * without a successor). `today` is Vietnam's date, `YYYY-MM-DD`.
 */
export type DisplayStatus = 'draft' | 'in-force' | 'upcoming' | 'ended' | 'superseded';

export function displayStatusOf(
  version: Pick<ProcedureVersion, 'status' | 'inForce' | 'effectiveFrom'>,
  today: string,
): DisplayStatus {
  if (version.status === 'draft') return 'draft';
  if (version.inForce) return 'in-force';
  if (version.status === 'superseded') return 'superseded';
  return version.effectiveFrom > today ? 'upcoming' : 'ended';
}

/** The list's status filter: every version, the issued ones (in force or to come), or the drafts. */
export const LIST_STATUSES = ['all', 'issued', 'draft'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export type ProcedureListView = { query: string; status: ListStatus; orgId: string | null };

/** The list as its address says (`?q=`, `?status=`, `?org=`); unknown values fall back to the defaults. */
export function listViewOf(params: URLSearchParams): ProcedureListView {
  const status = params.get('status');
  const org = params.get('org')?.trim();
  return {
    query: (params.get('q') ?? '').trim(),
    status: (LIST_STATUSES as readonly string[]).includes(status ?? '') ? (status as ListStatus) : 'all',
    orgId: org ? org : null,
  };
}

/** The address of a list view, defaults left out. */
export function listParamsOf(view: ProcedureListView): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.query) params['q'] = view.query;
  if (view.status !== 'all') params['status'] = view.status;
  if (view.orgId) params['org'] = view.orgId;
  return params;
}

/** What `procedures.list` is asked: drafts are left out server-side for "issued"; "draft" filters the page it gets. */
export function listInputOf(view: ProcedureListView, limit: number): ListProceduresInput {
  return {
    ...(view.orgId ? { orgId: view.orgId } : {}),
    ...(view.query ? { query: view.query } : {}),
    includeDrafts: view.status !== 'issued',
    limit,
  };
}

export function keepsRow(view: ProcedureListView, version: ProcedureVersion): boolean {
  return view.status !== 'draft' || version.status === 'draft';
}

/** A link to a procedure's page, carrying the unit for an administrator and the version when one is chosen. */
export function procedurePath(code: string, options: { orgId?: string | null; version?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (options.version) params.set('version', options.version);
  if (options.orgId) params.set('org', options.orgId);
  const search = params.toString();
  return `/procedures/${encodeURIComponent(code)}${search ? `?${search}` : ''}`;
}

/** Versions `major.minor` in order (libs/workflows `compareVersions`), anything unreadable last. */
export function compareVersionText(a: string, b: string): number {
  const parse = (value: string) => /^(\d+)\.(\d+)$/.exec(value);
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return left ? -1 : right ? 1 : a.localeCompare(b);
  return Number(left[1]) - Number(right[1]) || Number(left[2]) - Number(right[2]);
}

/**
 * The version a procedure's page opens on: the one named in the address if it exists, else the one in force, else
 * the newest (a procedure imported but not yet effective).
 */
export function defaultVersionOf(
  versions: readonly ProcedureVersion[],
  requested: string | null,
): ProcedureVersion | null {
  if (requested) {
    const named = versions.find((version) => version.version === requested);
    if (named) return named;
  }
  const inForce = versions.find((version) => version.inForce);
  if (inForce) return inForce;
  return [...versions].sort((a, b) => compareVersionText(a.version, b.version)).at(-1) ?? null;
}

/**
 * The pair a comparison opens on: the version in force against the newest other one (the usual question: "what does
 * the new draft change?"), else the two newest. Null when there is only one version.
 */
export function defaultDiffPair(versions: readonly ProcedureVersion[]): { from: string; to: string } | null {
  if (versions.length < 2) return null;
  const sorted = [...versions].sort((a, b) => compareVersionText(a.version, b.version));
  const inForce = sorted.find((version) => version.inForce);
  const newest = sorted.at(-1) as ProcedureVersion;
  if (inForce && inForce !== newest) return { from: inForce.version, to: newest.version };
  const previous = sorted.at(-2) as ProcedureVersion;
  return { from: previous.version, to: newest.version };
}
