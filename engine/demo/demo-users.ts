import {
  findAgent,
  findUser,
  findUsers,
  Presence,
  revokeUserTokens,
  setUserAccess,
  withTransaction,
} from '../../models/index.ts';
import { changePresence } from '../desk/agents/index.ts';
import type { EngineContext } from '../core/context/index.ts';
import { authorizeUserChange, SYSTEM_ACTOR, type Actor } from '../core/access/index.ts';
import { verifyPassword } from '../people/users/index.ts';

/** The password of every demo user: public, in the README. */
export const DEMO_PASSWORD = 'demo';

/** Demo users: each holds the role of its name; the password is set only when the user is created. */
export const DEMO_USERS = [
  { id: 'designer', name: 'Dana Designer', roles: ['designer'], groups: [] },
  { id: 'expert', name: 'Erik Expert', roles: ['expert'], groups: ['backoffice', 'billing'] },
  { id: 'agent', name: 'Ana Agent', roles: ['agent'], groups: ['frontline', 'backoffice'] },
  { id: 'supervisor', name: 'Sam Supervisor', roles: ['supervisor'], groups: ['supervisors'] },
];

/**
 * The demo users in the database that still sign in with the password `demo` (active, password not
 * changed), in DEMO_USERS order. This, not CROSSDESK_DEMO, is what "demo users exist" means: a database
 * seeded once keeps them after a restart with the setting off.
 */
export async function findDemoUsers(ctx: EngineContext): Promise<string[]> {
  const users = await findUsers(
    ctx.db,
    DEMO_USERS.map((u) => u.id),
  );
  const open = new Set<string>();
  for (const user of users)
    if (user.active && (await verifyPassword(DEMO_PASSWORD, user.passwordHash))) open.add(user.id);
  return DEMO_USERS.map((u) => u.id).filter((id) => open.has(id));
}

/**
 * Removes the demo users that still have the password `demo`: each is deactivated, loses its password
 * and its tokens, and goes off line (its offers withdrawn, its back-office work back in the queue). The
 * rows stay, so history keeps naming them and a later demo seed does not bring them back. A demo user
 * whose password was changed is somebody's account now and is kept.
 */
export async function removeDemoUsers(
  ctx: EngineContext,
  actor: Actor = SYSTEM_ACTOR,
): Promise<{ removed: string[]; kept: string[] }> {
  const removable = await findDemoUsers(ctx);
  const removed: string[] = [];
  for (const id of removable) {
    const done = await withTransaction(ctx.db, async (trx) => {
      const before = await findUser(trx, id);
      const current = await authorizeUserChange(trx, actor, { userId: id, active: false, resetPassword: true });
      // The password was checked outside this transaction; a change since then keeps the user.
      if (!current || current.passwordHash !== before?.passwordHash) return false;
      await setUserAccess(trx, id, { active: false, passwordHash: null });
      await revokeUserTokens(trx, id, ctx.clock.now());
      return true;
    });
    if (!done) continue;
    removed.push(id);
    const agent = await findAgent(ctx.db, id);
    if (agent && agent.presence !== Presence.OFFLINE)
      await changePresence(ctx, actor.userId, id, { state: Presence.OFFLINE, reason: 'demo user removed' });
  }
  const existing = await findUsers(
    ctx.db,
    DEMO_USERS.map((u) => u.id),
  );
  const kept = existing.filter((u) => u.active && !removed.includes(u.id)).map((u) => u.id);
  return { removed, kept: DEMO_USERS.map((u) => u.id).filter((id) => kept.includes(id)) };
}
