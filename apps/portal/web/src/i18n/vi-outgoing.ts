/**
 * Vietnamese texts of the outgoing-documents pages (Văn bản đi, Góp ý dự thảo), merged into `vi.ts`. Keys start with
 * `outgoing.`; every key here must exist in `en-outgoing.ts`.
 */
export const viOutgoing = {
  'nav.outgoing.list': 'Danh sách văn bản đi',
  'nav.outgoing.new': 'Soạn dự thảo',
  'nav.outgoing.consultations': 'Góp ý dự thảo',
} as const satisfies Record<string, string>;
