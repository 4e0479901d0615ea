import { UnauthenticatedError, type Actor } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';

/** The signed-in caller, or UNAUTHENTICATED. */
export function actorOf(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}
