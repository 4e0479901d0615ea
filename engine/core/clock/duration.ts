const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** True for an ISO-8601 duration such as `PT4H`, `P1DT2H`, `P2W`. */
export function isIsoDuration(text: string): boolean {
  const m = DURATION.exec(text.trim());
  return Boolean(m && text.trim() !== 'P' && !text.trim().endsWith('T') && m.slice(1).some((g) => g !== undefined));
}

/**
 * Adds an ISO-8601 duration to a point in time (epoch ms), calendar-aware for years, months and days
 * (in UTC), so `P1M` from 31 January lands where a person expects. Returns null if not a duration.
 */
export function addIsoDuration(from: number, text: string): number | null {
  if (!isIsoDuration(text)) return null;
  const [, y, mo, w, d, h, mi, s] = (DURATION.exec(text.trim()) as RegExpExecArray).map((g) =>
    g === undefined ? 0 : Number(g),
  );
  const date = new Date(from);
  if (y || mo) date.setUTCMonth(date.getUTCMonth() + Math.trunc(y * 12 + mo));
  const ms = ((w * 7 + d) * 24 * 3600 + h * 3600 + mi * 60 + s) * 1000;
  return date.getTime() + Math.round(ms);
}
