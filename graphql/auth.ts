import { actAs, authenticate, CrossdeskError, UnauthenticatedError, type EngineContext } from '../engine/index.ts';
import type { Caller } from './context.ts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who sends a request: nobody without `Authorization`; `X-Act-As: <userId>` lets an admin act for a
 * user (the engine refuses anyone else). Expected failures are returned, not thrown (see Caller).
 */
export async function callerOf(engine: EngineContext, headers: Headers): Promise<Caller> {
  const authorization = headers.get('authorization');
  if (!authorization) return { actor: null, error: null };
  const secret = BEARER.exec(authorization)?.[1];
  if (!secret) return { actor: null, error: new UnauthenticatedError('send Authorization: Bearer <token>') };
  try {
    const actor = await authenticate(engine, secret);
    const actAsUser = headers.get('x-act-as')?.trim();
    return { actor: actAsUser ? await actAs(engine, actor, actAsUser) : actor, error: null };
  } catch (err) {
    if (err instanceof CrossdeskError) return { actor: null, error: err };
    throw err;
  }
}
