export {
  createDatabase,
  withTransaction,
  CONNECT_TIMEOUT_MS,
  type Database,
  type DatabaseConfig,
  type DatabaseDriver,
  type DatabaseHandle,
  type DatabaseQueryResultHKT,
  type QueryRows,
  type Transaction,
} from './database.js';
export { migrate, migrationsTableName, MIGRATIONS_SCHEMA, type MigrationSet } from './migrate.js';
export { DatabaseConfigError, DatabaseUnavailableError } from './errors.js';
export { uuidPk, createdAt, updatedAt, orgId } from './columns.js';
export {
  normalizeVietnamese,
  vnSearchTokens,
  vnSearchCondition,
  vnTrigramIndex,
  vnTrigramIndexSql,
  escapeLike,
} from './vietnamese-search.js';
export { dbEnv } from './env.js';
