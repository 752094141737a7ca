import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  casing: 'snake_case',
  schema: './test-fixtures/fixture.schema.ts',
  out: './test-fixtures/fixture-migrations',
});
