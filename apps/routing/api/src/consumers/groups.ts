/** Consumer groups of this service: constants, never strings at call sites (style.md §8). */
export const ROUTING_GROUPS = {
  /** Builds the queues awaiting direction from `document.registered`. */
  documents: 'routing.documents',
} as const;
