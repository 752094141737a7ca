// Schema of the `fixture` service used by this package's integration tests. Its migrations in
// ./fixture-migrations are generated from it: `npx drizzle-kit generate --config test-fixtures/drizzle.config.ts`.
import { pgSchema, text } from 'drizzle-orm/pg-core';
import { createdAt, orgId, updatedAt, uuidPk } from '../src/columns.js';
import { vnTrigramIndex } from '../src/vietnamese-search.js';

export const fixtureSchema = pgSchema('fixture');

export const fixtureDocuments = fixtureSchema.table(
  'document',
  {
    id: uuidPk(),
    orgId: orgId(),
    subject: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [vnTrigramIndex('document_subject_search_idx', t.subject)],
);
