import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` writes reviewed SQL migrations into ./drizzle; they are committed and applied on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  casing: 'snake_case',
  schemaFilter: ['intake'],
});
