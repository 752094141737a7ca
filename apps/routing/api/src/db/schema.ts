import { pgSchema } from 'drizzle-orm/pg-core';

/** The Postgres schema this service owns; no other service reads it. Tables live one per file beside this one. */
export const routingSchema = pgSchema('routing');
