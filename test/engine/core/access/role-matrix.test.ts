import { strict as assert } from 'node:assert';
import {
  authorizeUserChange,
  CrossdeskError,
  MATRIX_COLUMNS,
  NO_ROLE,
  ROLE_MATRIX,
  Role,
  saveUser,
  UserOperation,
  type Actor,
  type MatrixColumn,
  type UserChange,
} from '../../../../engine/index.ts';
import { findUser, withTransaction } from '../../../../models/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

const ACTOR_ROLES = [Role.ADMIN, Role.DESIGNER, Role.INTEGRATOR, Role.SUPERVISOR, Role.EXPERT, Role.AGENT];
const actor = (role: string, userId = `as-${role}`): Actor => ({
  userId,
  roles: [role] as Actor['roles'],
  groups: [],
  onBehalfOf: null,
});
const rolesOf = (column: MatrixColumn) => (column === NO_ROLE ? [] : [column]);

/** The change that touches exactly one cell, and the roles its user holds before. */
function changeFor(
  operation: UserOperation,
  column: MatrixColumn,
  userId: string,
): { holds: string[] | null; change: UserChange } {
  switch (operation) {
    case UserOperation.GRANT_ROLE:
      return { holds: [], change: { userId, roles: [column] } };
    case UserOperation.REVOKE_ROLE:
      return { holds: [column], change: { userId, roles: [] } };
    case UserOperation.CREATE_USER:
      return { holds: null, change: { userId, roles: rolesOf(column) } };
    case UserOperation.DEACTIVATE_USER:
      return { holds: rolesOf(column), change: { userId, active: false } };
    case UserOperation.RESET_PASSWORD:
      return { holds: rolesOf(column), change: { userId, resetPassword: true } };
    case UserOperation.EDIT_SKILLS:
      return { holds: rolesOf(column), change: { userId, skills: true } };
    case UserOperation.CHANGE_GROUPS:
      return { holds: rolesOf(column), change: { userId, groups: true } };
    case UserOperation.EDIT_PROFILE:
      return { holds: rolesOf(column), change: { userId, profile: true } };
    case UserOperation.CHANGE_SITE:
      return { holds: rolesOf(column), change: { userId, site: 'lyon' } };
  }
}

/** The FORBIDDEN error of an authorization, or null when it passed (the transaction is rolled back either way). */
async function attempt(t: TestEngine, by: Actor, change: UserChange): Promise<CrossdeskError | null> {
  try {
    await withTransaction(t.ctx.db, async (trx) => {
      await authorizeUserChange(trx, by, change);
      throw new Error('rollback');
    });
  } catch (err) {
    if (err instanceof CrossdeskError) return err;
    if ((err as Error).message !== 'rollback') throw err;
  }
  return null;
}

describe('role matrix: authorizeUserChange', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    // Another active admin, so that revoking admin from a test user is not the last-admin case.
    await saveUser(t.ctx, null, { id: 'boss', name: 'boss', roles: ['admin'] });
  });
  afterEach(() => t.close());

  it('states the order of the issue: admins manage all, supervisors only experts and agents', () => {
    const { GRANT_ROLE, REVOKE_ROLE } = ROLE_MATRIX;
    for (const row of [GRANT_ROLE, REVOKE_ROLE]) {
      for (const role of [Role.DESIGNER, Role.INTEGRATOR, Role.SUPERVISOR, Role.ADMIN])
        assert.deepEqual(row.allowed[role], [Role.ADMIN], `${row.title} ${role}: admins only`);
      for (const role of [Role.EXPERT, Role.AGENT])
        assert.deepEqual(row.allowed[role], [Role.ADMIN, Role.SUPERVISOR], `${row.title} ${role}`);
    }
    for (const [name, row] of Object.entries(ROLE_MATRIX))
      for (const column of MATRIX_COLUMNS) {
        const allowed = row.allowed[column] ?? [];
        assert.ok(allowed.length === 0 || allowed.includes(Role.ADMIN), `${name}/${column}: admins manage everything`);
        for (const role of [Role.DESIGNER, Role.INTEGRATOR, Role.EXPERT, Role.AGENT])
          assert.ok(!allowed.includes(role), `${name}/${column}: ${role} manages nobody`);
      }
  });

  it('enforces every cell of every row for every role, refusing with NOT_PERMITTED and the cell', async () => {
    let n = 0;
    for (const [operation, row] of Object.entries(ROLE_MATRIX) as [
      UserOperation,
      (typeof ROLE_MATRIX)[UserOperation],
    ][])
      for (const column of MATRIX_COLUMNS) {
        if (row.allowed[column] === null) continue;
        for (const role of ACTOR_ROLES) {
          const userId = `u${n++}`;
          const { holds, change } = changeFor(operation, column, userId);
          if (holds) await saveUser(t.ctx, null, { id: userId, name: userId, roles: holds });
          const err = await attempt(t, actor(role), change);
          const cell = `${role} -> ${operation} ${column}`;
          if (row.allowed[column]!.includes(role)) assert.equal(err, null, `${cell} is allowed: ${err?.message}`);
          else {
            assert.equal(err?.code, 'FORBIDDEN', cell);
            assert.deepEqual(
              [err?.fields.reason, err?.fields.operation, err?.fields.role],
              ['NOT_PERMITTED', operation, column],
              cell,
            );
          }
        }
      }
    assert.ok(n > 250, `ran ${n} cells`);
  });

  it('lets nobody change their own roles, deactivate themselves or reset their own password', async () => {
    await saveUser(t.ctx, null, { id: 'sam', name: 'Sam', roles: ['supervisor', 'expert'] });
    await saveUser(t.ctx, null, { id: 'ada', name: 'Ada', roles: ['admin'] });
    const sam = { ...actor('supervisor', 'sam'), roles: ['supervisor', 'expert'] as Actor['roles'] };
    for (const change of [
      { userId: 'sam', roles: ['supervisor', 'expert', 'designer'] },
      { userId: 'sam', roles: ['supervisor', 'expert', 'agent'] },
      { userId: 'sam', roles: ['supervisor'] },
    ])
      assert.equal((await attempt(t, sam, change))?.fields.reason, 'OWN_ACCOUNT', JSON.stringify(change));
    for (const change of [
      { userId: 'ada', roles: [] },
      { userId: 'ada', active: false },
      { userId: 'ada', resetPassword: true },
    ])
      assert.equal((await attempt(t, actor('admin', 'ada'), change))?.fields.reason, 'OWN_ACCOUNT');
    // Other rows apply to oneself as to anyone with the same roles: an admin edits its own skills,
    // a supervisor does not (supervisors are managed by admins).
    assert.equal(await attempt(t, actor('admin', 'ada'), { userId: 'ada', skills: true, groups: true }), null);
    assert.equal((await attempt(t, sam, { userId: 'sam', skills: true }))?.fields.reason, 'NOT_PERMITTED');
  });

  it('applies user-level rows to every role the user holds', async () => {
    await saveUser(t.ctx, null, { id: 'mix', name: 'mix', roles: ['expert', 'designer'] });
    const err = await attempt(t, actor('supervisor'), { userId: 'mix', skills: true });
    assert.deepEqual([err?.fields.reason, err?.fields.role], ['NOT_PERMITTED', 'designer']);
    // Granting agent to an expert who is also a supervisor: the grant is allowed, touching a supervisor is not.
    await saveUser(t.ctx, null, { id: 'lead', name: 'lead', roles: ['expert', 'supervisor'] });
    const lead = await attempt(t, actor('supervisor'), {
      userId: 'lead',
      roles: ['expert', 'supervisor', 'agent'],
      skills: true,
    });
    assert.deepEqual([lead?.fields.operation, lead?.fields.role], ['EDIT_SKILLS', 'supervisor']);
  });

  it('refuses every change to the configured admin, whoever asks', async () => {
    await saveUser(t.ctx, null, { id: 'admin', name: 'Administrator', roles: ['admin'] });
    for (const change of [
      { roles: [] },
      { active: false },
      { resetPassword: true },
      { skills: true },
      { groups: true },
    ]) {
      const err = await attempt(t, actor('admin', 'boss'), { userId: 'admin', ...change });
      assert.equal(err?.fields.reason, 'MANAGED_BY_CONFIGURATION', JSON.stringify(change));
      assert.match(err!.message, /CROSSDESK_ADMIN_TOKEN/);
    }
  });

  it('refuses the change that would leave no active admin, and lets it pass while another admin remains', async () => {
    await saveUser(t.ctx, null, { id: 'ada', name: 'Ada', roles: ['admin'] });
    assert.equal(await attempt(t, actor('admin', 'ada'), { userId: 'boss', roles: ['supervisor'] }), null);
    await saveUser(t.ctx, null, { id: 'ada', name: 'Ada', roles: ['admin'], active: false });
    for (const change of [{ roles: ['supervisor'] }, { active: false }]) {
      const err = await attempt(t, actor('admin', 'system'), { userId: 'boss', ...change });
      assert.equal(err?.fields.reason, 'LAST_ADMIN', JSON.stringify(change));
    }
    assert.equal((await findUser(t.ctx.db, 'boss'))?.active, true, 'nothing changed');
  });

  it('serializes concurrent demotions: two admins demoting each other leave one admin', async () => {
    await saveUser(t.ctx, null, { id: 'ada', name: 'Ada', roles: ['admin'] });
    const demote = (by: string, userId: string) =>
      withTransaction(t.ctx.db, async (trx) => {
        await authorizeUserChange(trx, actor('admin', by), { userId, roles: ['expert'] });
        // Give the other transaction time to count admins before this one commits.
        await new Promise((r) => setTimeout(r, 50));
        await trx('users')
          .where({ id: userId })
          .update({ roles: JSON.stringify(['expert']) });
      });
    const results = await Promise.allSettled([demote('ada', 'boss'), demote('boss', 'ada')]);
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 1, JSON.stringify(results));
    assert.equal(((refused[0] as PromiseRejectedResult).reason as CrossdeskError).fields.reason, 'LAST_ADMIN');
    const admins = [await findUser(t.ctx.db, 'ada'), await findUser(t.ctx.db, 'boss')].filter((u) =>
      u?.roles.includes('admin'),
    );
    assert.equal(admins.length, 1);
  });
});
