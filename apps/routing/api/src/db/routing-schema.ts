import { pgSchema } from 'drizzle-orm/pg-core';

/** The Postgres schema this service owns; no other service reads it. */
export const routingSchema = pgSchema('routing');
