/** Consumer groups of this service: constants, never strings at call sites (style.md §8). */
export const ROUTING_GROUPS = {
  /** Builds the queues awaiting direction from `document.registered`. */
  documents: 'routing.documents',
  /** Takes received dossiers into their steps and keeps the working-day schedules (topic `dossiers`). */
  dossiers: 'routing.dossiers',
} as const;
