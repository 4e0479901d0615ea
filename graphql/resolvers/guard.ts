import { UnauthenticatedError, type Actor } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';

/** The signed-in caller; otherwise why not (a bad token, a refused X-Act-As) or UNAUTHENTICATED. */
export function actorOf(ctx: GraphQLContext): Actor {
  const { actor, error } = ctx.caller;
  if (actor) return actor;
  throw error ?? new UnauthenticatedError();
}
