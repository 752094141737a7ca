import type { OrgSide, OrgUnit, Succession } from '@lienthong/organization';

/** The day the district level was abolished and the new xã began (vn-egov §10.2). */
export const REFORM_DATE = '2025-07-01';

/**
 * The start date given to every unit that existed before the reform. It is a placeholder, not a historical
 * fact: the real founding dates (and the 2019–2020 mergers before them) are not modelled.
 */
export const PLACEHOLDER_START = '2020-01-01';

/** Ids of the province and district bodies. */
export const SEED_IDS = {
  ubndTinh: 'th-ubnd-tinh',
  tinhUy: 'th-tinh-uy',
  ubndHuyen: 'hh-ubnd-huyen',
  huyenUy: 'hh-huyen-uy',
} as const;

/**
 * The 36 commune-level units of Hoằng Hóa just before 1 July 2025: 1 thị trấn and 35 xã (vn-egov §10.1, [S]).
 * `key` is ASCII; where two names differ only by a tone mark, it names the tone (`ngang`, `huyen`, `sac`, `nang`).
 */
export const HOANG_HOA_FORMER_COMMUNES = [
  { key: 'tt-but-son', type: 'thị trấn', name: 'Bút Sơn' },
  { key: 'xa-hoang-cat', type: 'xã', name: 'Hoằng Cát' },
  { key: 'xa-hoang-chau', type: 'xã', name: 'Hoằng Châu' },
  { key: 'xa-hoang-dao', type: 'xã', name: 'Hoằng Đạo' },
  { key: 'xa-hoang-dat', type: 'xã', name: 'Hoằng Đạt' },
  { key: 'xa-hoang-dong-ngang', type: 'xã', name: 'Hoằng Đông' },
  { key: 'xa-hoang-dong-huyen', type: 'xã', name: 'Hoằng Đồng' },
  { key: 'xa-hoang-duc', type: 'xã', name: 'Hoằng Đức' },
  { key: 'xa-hoang-giang', type: 'xã', name: 'Hoằng Giang' },
  { key: 'xa-hoang-ha', type: 'xã', name: 'Hoằng Hà' },
  { key: 'xa-hoang-hai', type: 'xã', name: 'Hoằng Hải' },
  { key: 'xa-hoang-hop', type: 'xã', name: 'Hoằng Hợp' },
  { key: 'xa-hoang-kim', type: 'xã', name: 'Hoằng Kim' },
  { key: 'xa-hoang-loc', type: 'xã', name: 'Hoằng Lộc' },
  { key: 'xa-hoang-luu', type: 'xã', name: 'Hoằng Lưu' },
  { key: 'xa-hoang-ngoc', type: 'xã', name: 'Hoằng Ngọc' },
  { key: 'xa-hoang-phong', type: 'xã', name: 'Hoằng Phong' },
  { key: 'xa-hoang-phu-sac', type: 'xã', name: 'Hoằng Phú' },
  { key: 'xa-hoang-phu-nang', type: 'xã', name: 'Hoằng Phụ' },
  { key: 'xa-hoang-quy-sac', type: 'xã', name: 'Hoằng Quý' },
  { key: 'xa-hoang-quy-huyen', type: 'xã', name: 'Hoằng Quỳ' },
  { key: 'xa-hoang-son', type: 'xã', name: 'Hoằng Sơn' },
  { key: 'xa-hoang-tan', type: 'xã', name: 'Hoằng Tân' },
  { key: 'xa-hoang-thai', type: 'xã', name: 'Hoằng Thái' },
  { key: 'xa-hoang-thanh-ngang', type: 'xã', name: 'Hoằng Thanh' },
  { key: 'xa-hoang-thanh-huyen', type: 'xã', name: 'Hoằng Thành' },
  { key: 'xa-hoang-thang', type: 'xã', name: 'Hoằng Thắng' },
  { key: 'xa-hoang-thinh', type: 'xã', name: 'Hoằng Thịnh' },
  { key: 'xa-hoang-tien', type: 'xã', name: 'Hoằng Tiến' },
  { key: 'xa-hoang-trach', type: 'xã', name: 'Hoằng Trạch' },
  { key: 'xa-hoang-trinh', type: 'xã', name: 'Hoằng Trinh' },
  { key: 'xa-hoang-trung', type: 'xã', name: 'Hoằng Trung' },
  { key: 'xa-hoang-truong', type: 'xã', name: 'Hoằng Trường' },
  { key: 'xa-hoang-xuan', type: 'xã', name: 'Hoằng Xuân' },
  { key: 'xa-hoang-xuyen', type: 'xã', name: 'Hoằng Xuyên' },
  { key: 'xa-hoang-yen', type: 'xã', name: 'Hoằng Yến' },
] as const;

export type FormerCommuneKey = (typeof HOANG_HOA_FORMER_COMMUNES)[number]['key'];

/**
 * The 8 xã that replaced Hoằng Hóa on 1 July 2025 and the former units merged into each (vn-egov §10.2, [S]:
 * verify every row against Nghị quyết 1686/NQ-UBTVQH15 before production use). `gsoCode` per onedata-thanhhoa.
 */
export const HOANG_HOA_NEW_COMMUNES = [
  {
    key: 'xa-hoang-hoa',
    name: 'Hoằng Hóa',
    gsoCode: '15865',
    formerKeys: ['tt-but-son', 'xa-hoang-duc', 'xa-hoang-dong-huyen', 'xa-hoang-dao', 'xa-hoang-ha', 'xa-hoang-dat'],
  },
  {
    key: 'xa-hoang-tien',
    name: 'Hoằng Tiến',
    gsoCode: '15991',
    formerKeys: ['xa-hoang-yen', 'xa-hoang-hai', 'xa-hoang-truong', 'xa-hoang-tien'],
  },
  {
    key: 'xa-hoang-thanh',
    name: 'Hoằng Thanh',
    gsoCode: '16000',
    formerKeys: ['xa-hoang-dong-ngang', 'xa-hoang-ngoc', 'xa-hoang-phu-nang', 'xa-hoang-thanh-ngang'],
  },
  {
    key: 'xa-hoang-loc',
    name: 'Hoằng Lộc',
    gsoCode: '15961',
    formerKeys: [
      'xa-hoang-thinh',
      'xa-hoang-thai',
      'xa-hoang-thanh-huyen',
      'xa-hoang-trach',
      'xa-hoang-tan',
      'xa-hoang-loc',
    ],
  },
  {
    key: 'xa-hoang-chau',
    name: 'Hoằng Châu',
    gsoCode: '15976',
    formerKeys: ['xa-hoang-thang', 'xa-hoang-phong', 'xa-hoang-luu', 'xa-hoang-chau'],
  },
  {
    key: 'xa-hoang-son',
    name: 'Hoằng Sơn',
    gsoCode: '15910',
    formerKeys: ['xa-hoang-trinh', 'xa-hoang-xuyen', 'xa-hoang-cat', 'xa-hoang-son'],
  },
  {
    key: 'xa-hoang-phu',
    name: 'Hoằng Phú',
    gsoCode: '15889',
    formerKeys: ['xa-hoang-quy-sac', 'xa-hoang-kim', 'xa-hoang-trung', 'xa-hoang-phu-sac'],
  },
  {
    key: 'xa-hoang-giang',
    name: 'Hoằng Giang',
    gsoCode: '15880',
    formerKeys: ['xa-hoang-xuan', 'xa-hoang-quy-huyen', 'xa-hoang-hop', 'xa-hoang-giang'],
  },
] as const satisfies readonly { key: string; name: string; gsoCode: string; formerKeys: readonly FormerCommuneKey[] }[];

export type NewCommuneKey = (typeof HOANG_HOA_NEW_COMMUNES)[number]['key'];

const BODY_PREFIX: Record<OrgSide, string> = { state: 'ubnd', party: 'dang-uy' };

/** Id of the UBND (`state`) or Đảng ủy (`party`) of a former commune: `hh-ubnd-xa-hoang-duc`. */
export function formerCommuneUnitId(key: FormerCommuneKey, side: OrgSide): string {
  return `hh-${BODY_PREFIX[side]}-${key}`;
}

/** Id of the UBND (`state`) or Đảng ủy (`party`) of a new xã: `th-ubnd-xa-hoang-hoa`. */
export function newCommuneUnitId(key: NewCommuneKey, side: OrgSide): string {
  return `th-${BODY_PREFIX[side]}-${key}`;
}

/** The two bodies of one commune-level unit: its UBND and its Đảng ủy. */
function communeBodies(input: {
  ids: Record<OrgSide, string>;
  place: string;
  gsoCode?: string;
  parents: Record<OrgSide, string>;
  validFrom: string;
  validTo: string | null;
}): OrgUnit[] {
  const common = { code: null, level: 'commune', validFrom: input.validFrom, validTo: input.validTo } as const;
  return [
    {
      ...common,
      id: input.ids.state,
      name: `Ủy ban nhân dân ${input.place}`,
      shortName: `UBND ${input.place}`,
      ...(input.gsoCode === undefined ? {} : { gsoCode: input.gsoCode }),
      side: 'state',
      kind: 'ubnd',
      parentId: input.parents.state,
    },
    {
      ...common,
      id: input.ids.party,
      name: `Đảng ủy ${input.place}`,
      side: 'party',
      kind: 'party-committee',
      parentId: input.parents.party,
    },
  ];
}

/**
 * Thanh Hóa province, the former Hoằng Hóa district with its 36 commune-level units (until 1 July 2025) and the
 * 8 xã that replaced them, each with its State body (UBND) and its Party body (cấp ủy), plus the successions of
 * the reform: every former commune body → the body of its new xã, the district bodies → the province bodies, all
 * with their records. Only UBND tỉnh Thanh Hóa has a known mã định danh (`000.00.00.H56`); every other `code` is
 * `null` because the official codes are unknown (vn-egov §3.5). Returns new arrays on every call.
 */
export function thanhHoaOrganization(): { units: OrgUnit[]; successions: Succession[] } {
  const province: OrgUnit[] = [
    {
      id: SEED_IDS.ubndTinh,
      code: '000.00.00.H56',
      gsoCode: '38',
      name: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      shortName: 'UBND tỉnh Thanh Hóa',
      side: 'state',
      level: 'province',
      kind: 'ubnd',
      parentId: null,
      validFrom: PLACEHOLDER_START,
      validTo: null,
    },
    {
      id: SEED_IDS.tinhUy,
      code: null,
      name: 'Tỉnh ủy Thanh Hóa',
      side: 'party',
      level: 'province',
      kind: 'party-committee',
      parentId: null,
      validFrom: PLACEHOLDER_START,
      validTo: null,
    },
  ];
  const district: OrgUnit[] = [
    {
      id: SEED_IDS.ubndHuyen,
      code: null,
      name: 'Ủy ban nhân dân huyện Hoằng Hóa',
      shortName: 'UBND huyện Hoằng Hóa',
      side: 'state',
      level: 'district',
      kind: 'ubnd',
      parentId: SEED_IDS.ubndTinh,
      validFrom: PLACEHOLDER_START,
      validTo: REFORM_DATE,
    },
    {
      id: SEED_IDS.huyenUy,
      code: null,
      name: 'Huyện ủy Hoằng Hóa',
      side: 'party',
      level: 'district',
      kind: 'party-committee',
      parentId: SEED_IDS.tinhUy,
      validFrom: PLACEHOLDER_START,
      validTo: REFORM_DATE,
    },
  ];
  const former = HOANG_HOA_FORMER_COMMUNES.flatMap(({ key, type, name }) =>
    communeBodies({
      ids: { state: formerCommuneUnitId(key, 'state'), party: formerCommuneUnitId(key, 'party') },
      place: `${type} ${name}`,
      parents: { state: SEED_IDS.ubndHuyen, party: SEED_IDS.huyenUy },
      validFrom: PLACEHOLDER_START,
      validTo: REFORM_DATE,
    }),
  );
  const merged = HOANG_HOA_NEW_COMMUNES.flatMap(({ key, name, gsoCode }) =>
    communeBodies({
      ids: { state: newCommuneUnitId(key, 'state'), party: newCommuneUnitId(key, 'party') },
      place: `xã ${name}`,
      gsoCode,
      parents: { state: SEED_IDS.ubndTinh, party: SEED_IDS.tinhUy },
      validFrom: REFORM_DATE,
      validTo: null,
    }),
  );

  const transfer = (predecessorId: string, successorId: string): Succession => ({
    predecessorId,
    successorId,
    effectiveOn: REFORM_DATE,
    recordsTransferred: true,
  });
  const successions = [
    transfer(SEED_IDS.ubndHuyen, SEED_IDS.ubndTinh),
    transfer(SEED_IDS.huyenUy, SEED_IDS.tinhUy),
    ...HOANG_HOA_NEW_COMMUNES.flatMap(({ key, formerKeys }) =>
      formerKeys.flatMap((formerKey) =>
        (['state', 'party'] as const).map((side) =>
          transfer(formerCommuneUnitId(formerKey, side), newCommuneUnitId(key, side)),
        ),
      ),
    ),
  ];

  return { units: [...province, ...district, ...former, ...merged], successions };
}
