import type { IncomingFindFilters } from './incoming-filters.js';

/**
 * Query keys of the incoming pages, under intake's `['intake', 'incoming']` tree (src/api/query-keys.ts), so that
 * registering a document (which invalidates that tree) refreshes the lists and details too.
 */
export const incomingKeys = {
  find: (input: IncomingFindFilters & { limit: number }) => ['intake', 'incoming', 'find', input] as const,
  get: (id: string) => ['intake', 'incoming', 'get', id] as const,
};
