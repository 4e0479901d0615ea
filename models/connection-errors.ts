/** Socket errors of a database that is down, restarting or out of reach. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * PostgreSQL's own: class 08 (connection exception) and the server shutting down or starting
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
/** node-postgres says so in words when a connection ends under a query (knex puts the SQL before it). */
const MESSAGES = [/Connection terminated/, /Connection ended unexpectedly/, /connection error and is not queryable/];

/**
 * True when `err` (or an error it wraps as `cause`) says the database could not be reached, not that a
 * statement was wrong: the request may succeed if sent again once the database is back (a restart, a
 * fail-over, a dropped connection). Knex's pool time-out counts too: no connection could be had in time.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')))
      return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
