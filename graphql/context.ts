import type { IncomingMessage } from 'node:http';
import type { Actor, CrossdeskError, EngineContext, Session } from '../engine/index.ts';
import type { Loaders } from './loaders.ts';
import type { SessionWatch } from './session-watch.ts';

/**
 * The caller of a request. Authentication failures are kept rather than thrown so that an operation
 * needing no caller (signIn) still works with a stale token; every other field raises `error`.
 * `session` is the bearer token's session when the token is valid, also when it may only change the
 * password (then `actor` is null and `error` says PASSWORD_CHANGE_REQUIRED).
 */
export type Caller = ({ actor: Actor; error: null } | { actor: null; error: CrossdeskError | null }) & {
  session?: Session;
};

/**
 * Where a request comes from, for every per-address limit (sign-in, web forms, chat). The server decides
 * (trusted proxies, X-Forwarded-For: server/http/client-address.ts) and hands the function to makeYoga.
 */
export type ClientAddressOf = (req: IncomingMessage) => string;

/** What every resolver gets: the engine, the caller, per-request loaders, and the server's shutdown. */
export interface GraphQLContext {
  engine: EngineContext;
  caller: Caller;
  loaders: Loaders;
  /**
   * Aborted when the server shuts down, and for a subscription also when the caller's token stops
   * working (signed out, revoked, expired, user deactivated): open subscriptions end with it.
   */
  shutdown: AbortSignal;
  /** The client's address (see ClientAddressOf), for per-address limits. */
  clientAddress: string;
  /** Ends subscriptions of revoked tokens; signOut and revokeTokens ask it to check at once. */
  sessions: SessionWatch;
}
