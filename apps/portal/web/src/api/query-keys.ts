/** TanStack Query keys, one tree per service so that a mutation can invalidate exactly what it changed. */
export const queryKeys = {
  incoming: {
    all: ['intake', 'incoming'] as const,
    find: (input: { query?: string; limit: number }) => ['intake', 'incoming', 'find', input] as const,
  },
  queue: {
    all: ['routing', 'queue'] as const,
    find: (input: { limit: number }) => ['routing', 'queue', 'find', input] as const,
  },
};
