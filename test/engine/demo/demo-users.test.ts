import { strict as assert } from 'node:assert';
import {
  authenticate,
  findDemoUsers,
  getAgent,
  getUser,
  removeDemoUsers,
  saveUser,
  seedDemo,
  setPresence,
  signIn,
  Presence,
} from '../../../engine/index.ts';
import { actorFor } from '../../support/actors.ts';
import { makeTestEngine, type TestEngine } from '../../support/context.ts';

describe('demo users in the database', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedDemo(t.ctx);
  });
  afterEach(() => t.close());

  it('are those of the demo seed that still sign in with the password "demo"', async () => {
    assert.deepEqual(await findDemoUsers(t.ctx), ['designer', 'expert', 'agent', 'supervisor']);
    await saveUser(t.ctx, null, { id: 'designer', name: 'Dana', roles: ['designer'], password: 'a long new one' });
    await saveUser(t.ctx, null, { id: 'expert', name: 'Erik', roles: ['expert'], active: false });
    assert.deepEqual(await findDemoUsers(t.ctx), ['agent', 'supervisor']);
  });

  it('are removed for good: deactivated, without password or tokens, off line; changed accounts are kept', async () => {
    const token = (await signIn(t.ctx, 'agent', 'demo')).token;
    await setPresence(t.ctx, actorFor('agent'), { state: Presence.AVAILABLE });
    await saveUser(t.ctx, null, { id: 'designer', name: 'Dana', roles: ['designer'], password: 'a long new one' });

    assert.deepEqual(await removeDemoUsers(t.ctx), { removed: ['expert', 'agent', 'supervisor'], kept: ['designer'] });
    await assert.rejects(authenticate(t.ctx, token), { code: 'UNAUTHENTICATED' });
    await assert.rejects(signIn(t.ctx, 'agent', 'demo'), { code: 'UNAUTHENTICATED' });
    const agent = await getUser(t.ctx, 'agent');
    assert.deepEqual([agent?.active, agent?.passwordHash], [false, null]);
    assert.equal((await getAgent(t.ctx, 'agent'))?.presence, Presence.OFFLINE);
    assert.equal((await signIn(t.ctx, 'designer', 'a long new one')).user.id, 'designer');

    assert.deepEqual(await removeDemoUsers(t.ctx), { removed: [], kept: ['designer'] });
    await seedDemo(t.ctx);
    assert.deepEqual(await findDemoUsers(t.ctx), [], 'a later demo seed does not bring them back');
  });
});
