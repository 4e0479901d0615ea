import {
  actAs,
  authenticateSession,
  CrossdeskError,
  PasswordChangeRequiredError,
  UnauthenticatedError,
  type EngineContext,
} from '../engine/index.ts';
import type { Caller } from './context.ts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who sends a request: nobody without `Authorization`; `X-Act-As: <userId>` lets an admin act for a
 * user (the engine refuses anyone else). Expected failures are returned, not thrown (see Caller). A
 * token whose password was reset keeps its session (changePassword and signOut need it) but no actor:
 * every other field answers PASSWORD_CHANGE_REQUIRED.
 */
export async function callerOf(engine: EngineContext, headers: Headers): Promise<Caller> {
  const authorization = headers.get('authorization');
  if (!authorization) return { actor: null, error: null };
  const secret = BEARER.exec(authorization)?.[1];
  if (!secret) return { actor: null, error: new UnauthenticatedError('send Authorization: Bearer <token>') };
  try {
    const session = await authenticateSession(engine, secret);
    if (session.mustChangePassword) return { actor: null, error: new PasswordChangeRequiredError(), session };
    const actAsUser = headers.get('x-act-as')?.trim();
    if (!actAsUser) return { actor: session.actor, error: null, session };
    return { actor: await actAs(engine, session.actor, actAsUser), error: null, session };
  } catch (err) {
    if (err instanceof CrossdeskError) return { actor: null, error: err };
    throw err;
  }
}
