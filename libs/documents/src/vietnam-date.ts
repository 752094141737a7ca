/** Vietnam keeps UTC+7 all year (no daylight saving), so a calendar date there is the UTC date 7 hours later. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date (`YYYY-MM-DD`) in Asia/Ho_Chi_Minh at `instant`, whatever the server's time zone. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
