import { ForbiddenError } from '../errors/index.ts';
import { hasRole, type Actor, type Role } from './actor.ts';

/** Throws FORBIDDEN unless the actor holds one of `roles` (admin holds all). */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) {
    throw new ForbiddenError(`this needs the role ${roles.join(' or ')}`, {
      requiredRoles: roles,
      userId: actor.userId,
    });
  }
}
