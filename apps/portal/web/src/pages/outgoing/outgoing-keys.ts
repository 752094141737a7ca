import type { FindOutgoingInput } from './outgoing-model.js';

/** TanStack Query keys of the outgoing pages, under intake's tree so that one prefix invalidates all of them. */
export const outgoingKeys = {
  all: ['intake', 'outgoing'] as const,
  find: (input: Omit<FindOutgoingInput, 'cursor'>) => ['intake', 'outgoing', 'find', input] as const,
  detail: (id: string) => ['intake', 'outgoing', 'get', id] as const,
  myConsultations: ['intake', 'outgoing', 'myConsultations'] as const,
  units: ['intake', 'organization', 'findUnits'] as const,
  incoming: (id: string) => ['intake', 'incoming', 'get', id] as const,
};
