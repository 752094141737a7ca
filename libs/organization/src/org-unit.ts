import { z } from 'zod';

/** The two sides of local authority: State bodies (UBND, HĐND) and Party bodies (cấp ủy). */
export const ORG_SIDES = ['state', 'party'] as const;
export type OrgSide = (typeof ORG_SIDES)[number];

/** Administrative levels, highest first; a unit never sits under a unit of a lower level. */
export const ORG_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/**
 * What a unit is: `ubnd` Ủy ban nhân dân, `hdnd` Hội đồng nhân dân, `party-committee` Tỉnh ủy / Huyện ủy /
 * Đảng ủy, `office` Văn phòng (of a UBND or a cấp ủy), `department` sở, phòng or ban (State or Party).
 */
export const ORG_KINDS = ['ubnd', 'hdnd', 'party-committee', 'office', 'department'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The side each kind belongs to; `null` when it exists on both sides. */
export const KIND_SIDE: Readonly<Record<OrgKind, OrgSide | null>> = {
  ubnd: 'state',
  hdnd: 'state',
  'party-committee': 'party',
  office: null,
  department: null,
};

/** A calendar date `YYYY-MM-DD` (real dates only: `2025-02-29` is refused). Such strings sort by time. */
export const IsoDate = z.iso.date();
export type IsoDate = z.output<typeof IsoDate>;

/**
 * One organisation unit over one validity interval `[validFrom, validTo)`; `validTo: null` means still valid.
 * `code` is the mã định danh (vn-egov §3.5), `null` when the official code is unknown — never a made-up one.
 * `gsoCode` is the GSO code of the administrative unit the body governs (mã đơn vị hành chính), when known.
 * The schema checks the shape only; `createOrgTree` checks the rules between fields and between units.
 */
export const OrgUnit = z.strictObject({
  id: z.string().min(1),
  code: z.string().nullable(),
  gsoCode: z
    .string()
    .regex(/^(\d{2}|\d{3}|\d{5})$/)
    .optional(),
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  side: z.enum(ORG_SIDES),
  level: z.enum(ORG_LEVELS),
  kind: z.enum(ORG_KINDS),
  parentId: z.string().min(1).nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});
export type OrgUnit = Readonly<z.output<typeof OrgUnit>>;

/**
 * `predecessorId` ended on `effectiveOn` and `successorId` carries on from that day. Of all successions of one
 * predecessor, exactly one has `recordsTransferred: true`: that successor takes over its records (hồ sơ, tài liệu).
 */
export const Succession = z.strictObject({
  predecessorId: z.string().min(1),
  successorId: z.string().min(1),
  effectiveOn: IsoDate,
  recordsTransferred: z.boolean(),
});
export type Succession = Readonly<z.output<typeof Succession>>;

/** Whether `unit` is valid on `date`: `validFrom <= date < validTo`. */
export function isValidOn(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date < unit.validTo);
}
