import { defineConfig } from 'drizzle-kit';

// Generates the fixture migrations from src/testing/fixture.schema.ts: `npm run db-generate` in packages/events.
export default defineConfig({
  dialect: 'postgresql',
  casing: 'snake_case',
  schema: './src/testing/fixture.schema.ts',
  out: './test-fixtures/migrations',
  schemaFilter: ['events_fixture'],
});
