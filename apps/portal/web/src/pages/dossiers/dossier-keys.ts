import type { FindDossiersInput, FindReceivedInput } from './dossier-model.js';

/**
 * TanStack Query keys of the dossier pages: what intake's desk received under intake's tree, what routing tracks under
 * routing's, so that a command invalidates exactly the service it changed.
 */
export const dossierKeys = {
  received: ['intake', 'dossiers'] as const,
  receivedFind: (input: Omit<FindReceivedInput, 'cursor'>) => ['intake', 'dossiers', 'find', input] as const,
  receipt: (id: string) => ['intake', 'dossiers', 'get', id] as const,
  tracked: ['routing', 'dossiers'] as const,
  find: (input: Omit<FindDossiersInput, 'cursor'>) => ['routing', 'dossiers', 'find', input] as const,
  mySteps: (input: { limit: number; offset: number }) => ['routing', 'dossiers', 'mySteps', input] as const,
  detail: (id: string) => ['routing', 'dossiers', 'get', id] as const,
};
