export {
  thanhHoaOrganization,
  formerCommuneUnitId,
  newCommuneUnitId,
  HOANG_HOA_FORMER_COMMUNES,
  HOANG_HOA_NEW_COMMUNES,
  SEED_IDS,
  REFORM_DATE,
  PLACEHOLDER_START,
  type FormerCommuneKey,
  type NewCommuneKey,
} from './thanh-hoa.js';
export { demoProcedures } from './procedures.js';
