export { orgError, type OrgError, type OrgErrorCode } from './errors.js';
export { parseOrgCode, formatOrgCode, parentCode, type OrgCode } from './org-code.js';
export {
  ORG_SIDES,
  ORG_LEVELS,
  ORG_KINDS,
  KIND_SIDE,
  IsoDate,
  OrgUnit,
  Succession,
  isValidOn,
  type OrgSide,
  type OrgLevel,
  type OrgKind,
} from './org-unit.js';
export { createOrgTree, type OrgTree, type OrgTreeNode } from './org-tree.js';
