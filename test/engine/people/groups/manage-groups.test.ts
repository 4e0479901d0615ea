import { strict as assert } from 'node:assert';
import {
  createGroup,
  createUser,
  groupMembers,
  saveUser,
  setGroupMembers,
  SYSTEM_ACTOR,
  users,
} from '../../../../engine/index.ts';
import { listAudit, listGroups } from '../../../../models/index.ts';
import * as people from '../../../../models/migrations/0014-people.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

describe('groups as records', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
  });
  afterEach(() => t.close());

  it('migration 0014 makes a record of every group users, open tasks and queue escalation steps named before', async () => {
    const db = t.ctx.db;
    await people.down(db);
    await db('users').insert([
      { id: 'u1', name: 'u1', roles: '["agent"]', groups: '["frontline","billing"]', active: true, created_at: 1 },
      { id: 'u2', name: 'u2', roles: '[]', groups: 'not json', active: true, created_at: 1 },
    ]);
    await db('queues').insert({
      name: 'claims',
      sla_seconds: 60,
      sla_target_percent: 80,
      reservation_timeout_seconds: 30,
      aging_per_minute: 1,
      pause_return_seconds: 60,
      max_missed_offers: 3,
      escalation: JSON.stringify([{ afterSeconds: 60, addGroup: 'legal' }, { afterSeconds: 120 }]),
      created_at: 1,
      updated_at: 1,
    });
    await people.up(db);
    assert.deepEqual(
      (await listGroups(db)).map((g) => [g.id, g.name]),
      [
        ['billing', 'billing'],
        ['frontline', 'frontline'],
        ['legal', 'legal'],
      ],
    );
  });

  it('finds members exactly: LIKE wildcards in an id match only themselves', async () => {
    const ctx = t.ctx;
    for (const id of ['a_b', 'axb']) await createGroup(ctx, SYSTEM_ACTOR, { id });
    await saveUser(ctx, null, { id: 'p', name: 'p', roles: [], groups: ['axb'] });
    await saveUser(ctx, null, { id: 'q', name: 'q', roles: [], groups: ['a_b'] });
    const members = await groupMembers(ctx, ['a_b', 'axb']);
    assert.deepEqual([members.get('a_b'), members.get('axb')], [['q'], ['p']]);
    const page = await users(ctx, SYSTEM_ACTOR, { group: 'a_b' }, { offset: 0, limit: 10 });
    assert.deepEqual(
      page.rows.map((u) => u.id),
      ['q'],
    );
    const search = await users(ctx, SYSTEM_ACTOR, { search: '_' }, { offset: 0, limit: 10 });
    assert.equal(search.total, 0, 'an underscore in a search is a character, not a wildcard');
  });

  it("records nothing for the server itself, and each person's change once, in its transaction", async () => {
    const ctx = t.ctx;
    await createGroup(ctx, SYSTEM_ACTOR, { id: 'team' });
    const admin = actorFor('boss');
    await saveUser(ctx, null, { id: 'boss', name: 'boss', roles: ['admin'] });
    await createUser(ctx, { ...admin, roles: ['admin'] }, { id: 'kim', roles: ['agent'] });
    await setGroupMembers(ctx, { ...admin, roles: ['admin'] }, 'team', ['kim']);
    // The same members again change nothing, so nothing is recorded.
    await setGroupMembers(ctx, { ...admin, roles: ['admin'] }, 'team', ['kim']);
    const { rows } = await listAudit(ctx.db, {}, { offset: 0, limit: 10 });
    assert.deepEqual(
      rows.map((r) => `${r.type} ${r.subjectId} ${r.actorId}`),
      ['group.members-set team boss', 'user.created kim boss'],
    );
  });
});
