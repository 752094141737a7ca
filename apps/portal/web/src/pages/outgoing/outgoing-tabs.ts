import type { FindOutgoingInput, OutgoingStatus } from './outgoing-model.js';

/** The list's tabs, each a filter of `outgoing.find`; `all` first in the address's absence. */
export const OUTGOING_TABS = ['all', 'mine', 'consulting', 'awaiting', 'toSign', 'signed', 'issued'] as const;
export type OutgoingTab = (typeof OUTGOING_TABS)[number];

/**
 * "Dự thảo của tôi" is what the user drafted and is not signed yet (a draft stays a dự thảo until it is signed);
 * "Chờ duyệt" is what was submitted to a leader, "Chờ ký" what a leader approved, "Đã ký" what waits for the clerk
 * to number and issue it.
 */
const TAB_FILTERS: Readonly<Record<OutgoingTab, { status?: OutgoingStatus[]; mine?: true }>> = {
  all: {},
  mine: { mine: true, status: ['draft', 'in-consultation', 'submitted', 'approved'] },
  consulting: { status: ['in-consultation'] },
  awaiting: { status: ['submitted'] },
  toSign: { status: ['approved'] },
  signed: { status: ['signed'] },
  issued: { status: ['issued'] },
};

/** The tab named in the address (`?tab=`), or `all` for a missing or unknown one. */
export function tabOf(value: string | null): OutgoingTab {
  return (OUTGOING_TABS as readonly string[]).includes(value ?? '') ? (value as OutgoingTab) : 'all';
}

/** `outgoing.find`'s input for a tab, a search and a page size (the cursor is added per page). */
export function findInputFor(tab: OutgoingTab, query: string, limit: number): Omit<FindOutgoingInput, 'cursor'> {
  const filter = TAB_FILTERS[tab];
  const trimmed = query.trim();
  return {
    limit,
    ...(trimmed ? { query: trimmed } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.mine ? { mine: true } : {}),
  };
}
