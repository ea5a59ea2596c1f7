/** The calendar date in Beijing (UTC+8, no daylight saving) as YYYY-MM-DD: the date a bureau's notices and deadlines use. */
export function beijingDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
