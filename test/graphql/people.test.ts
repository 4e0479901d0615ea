import { strict as assert } from 'node:assert';
import { makeManualClock, type ManualClock } from '../../engine/index.ts';
import { sharedFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf, subscribe, waitFor } from './http-helpers.ts';

const fixture = sharedFixture('routed-task.bpmn');
const USER = 'id name email roles groups active mustChangePassword';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER} } }`;
const SIGN_IN = 'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token mustChangePassword } }';
const AUDIT = `query($f: AuditFilter, $first: Int) { auditLog(filter: $f, first: $first) { totalCount
  edges { node { type subjectType subjectId actorId onBehalfOf actor { id } before after at } } } }`;
const START = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { id tasks { id } } }';
const NEW_PASSWORD = 'quiet-harbour-lantern-42';

describe('GraphQL: people (users, groups, the audit trail)', function () {
  this.timeout(60_000);
  let s: TestServer;
  let clock: ManualClock;
  const ok = async (
    query: string,
    variables: Record<string, unknown> = {},
    options: { as?: string; token?: string } = {},
  ) => {
    const res = await s.gql(query, variables, options);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const refused = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) => {
    const res = await s.gql(query, variables, options);
    assert.ok(res.errors, `expected an error: ${JSON.stringify(res.data)}`);
    return res.errors![0];
  };
  const audit = async (filter: Record<string, unknown>) => (await ok(AUDIT, { f: filter, first: 100 })).auditLog;

  beforeEach(async () => {
    clock = makeManualClock(Date.now());
    s = await startTestServer({}, { clock });
    await ok('mutation { createGroup(input: { id: "billing-team", name: "Billing team" }) { id } }');
  });
  afterEach(() => s.close());

  it('a user from creation to deactivation: one-time password, forced change, roles, groups, paging, and each change audited', async () => {
    const created = (
      await ok(
        CREATE,
        {
          input: {
            id: 'nina',
            name: 'Nina Novak',
            email: 'nina@example.com',
            roles: ['agent'],
            groups: ['billing-team'],
          },
        },
        { as: 'supervisor' },
      )
    ).createUser;
    assert.deepEqual(created, {
      id: 'nina',
      name: 'Nina Novak',
      email: 'nina@example.com',
      roles: ['agent'],
      groups: ['billing-team'],
      active: true,
      mustChangePassword: false,
    });
    // Bad input names its field and changes nothing.
    for (const [input, field] of [
      [{ id: 'nina' }, 'id'],
      [{ id: 'bad id!' }, 'id'],
      [{ id: 'omar', email: 'not-an-address' }, 'email'],
      [{ id: 'omar', groups: ['no-such-group'] }, 'groups'],
      [{ id: 'omar', roles: ['king'] }, 'roles'],
    ] as const) {
      const err = await refused(CREATE, { input });
      assert.equal(err.extensions.code, 'BAD_USER_INPUT', JSON.stringify(input));
      assert.equal(err.extensions.field, field, JSON.stringify(input));
    }
    assert.equal((await ok('{ users(filter: { search: "omar" }) { totalCount } }')).users.totalCount, 0);
    // No password yet: nobody can sign in as nina until a reset gives a one-time one.
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'nina', p: '' }, { token: null })), 'UNAUTHENTICATED');
    const oneTime = (await ok('mutation { resetPassword(userId: "nina") }', {}, { as: 'supervisor' })).resetPassword;
    assert.ok(oneTime.length >= 12);
    const first = (await ok(SIGN_IN, { u: 'nina', p: oneTime }, { token: undefined })).signIn;
    assert.equal(first.mustChangePassword, true);
    assert.equal(codeOf(await s.gql('{ me { id } }', {}, { token: first.token })), 'PASSWORD_CHANGE_REQUIRED');
    await ok(
      'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      { o: oneTime, n: NEW_PASSWORD },
      { token: first.token },
    );
    const signedIn = (await ok(SIGN_IN, { u: 'nina', p: NEW_PASSWORD })).signIn;
    assert.equal(signedIn.mustChangePassword, false);
    assert.equal(
      (await ok('{ me { id mustChangePassword } }', {}, { token: signedIn.token })).me.mustChangePassword,
      false,
    );

    const updated = (await ok(UPDATE, { input: { id: 'nina', name: 'Nina Novak-Ruiz', email: '' } })).updateUser;
    assert.deepEqual([updated.name, updated.email], ['Nina Novak-Ruiz', null]);
    const roles = (await ok('mutation { setUserRoles(userId: "nina", roles: ["agent", "expert"]) { roles } }'))
      .setUserRoles;
    assert.deepEqual(roles.roles, ['agent', 'expert']);
    // A supervisor may not make nina a designer (the role matrix).
    const err = await refused(
      'mutation { setUserRoles(userId: "nina", roles: ["designer"]) { id } }',
      {},
      { as: 'supervisor' },
    );
    assert.deepEqual(
      [err.extensions.code, err.extensions.reason, err.extensions.role],
      ['FORBIDDEN', 'NOT_PERMITTED', 'designer'],
    );

    // The list: filters and pages.
    const byRole = (await ok('{ users(filter: { role: "expert" }) { totalCount edges { node { id } } } }')).users;
    assert.deepEqual(
      byRole.edges.map((e: any) => e.node.id),
      ['admin', 'expert', 'expert2', 'nina', 'outsider'],
    );
    const byGroup = (await ok('{ users(filter: { group: "billing-team" }) { edges { node { id } } } }')).users;
    assert.deepEqual(
      byGroup.edges.map((e: any) => e.node.id),
      ['nina'],
    );
    const page1 = (
      await ok('{ users(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }')
    ).users;
    const page2 = (
      await ok('query($a: String) { users(first: 2, after: $a) { edges { node { id } } } }', {
        a: page1.pageInfo.endCursor,
      })
    ).users;
    assert.equal(page1.pageInfo.hasNextPage, true);
    assert.ok(page1.totalCount >= 8);
    assert.notDeepEqual(
      page1.edges.map((e: any) => e.node.id),
      page2.edges.map((e: any) => e.node.id),
    );
    assert.equal(codeOf(await s.gql('{ users { totalCount } }', {}, { as: 'agent' })), 'FORBIDDEN');

    const deactivated = (await ok('mutation { deactivateUser(userId: "nina") { active } }')).deactivateUser;
    assert.equal(deactivated.active, false);
    assert.equal(codeOf(await s.gql('{ me { id } }', {}, { token: signedIn.token })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'nina', p: NEW_PASSWORD }, { token: null })), 'UNAUTHENTICATED');
    const inactive = (await ok('{ users(filter: { active: false }) { edges { node { id } } } }')).users;
    assert.deepEqual(
      inactive.edges.map((e: any) => e.node.id),
      ['nina'],
    );

    const trail = await audit({ subjectId: 'nina' });
    assert.deepEqual(trail.edges.map((e: any) => e.node.type).reverse(), [
      'user.created',
      'user.password-reset',
      'user.updated',
      'user.roles-set',
      'user.deactivated',
    ]);
    const [deactivation, roleChange, , reset, creation] = trail.edges.map((e: any) => e.node);
    assert.deepEqual([creation.actorId, creation.onBehalfOf, creation.actor.id], ['supervisor', 'admin', 'supervisor']);
    assert.equal(creation.before, null);
    assert.equal(creation.after.email, 'nina@example.com');
    assert.equal(JSON.stringify(reset).includes(oneTime), false, 'the one-time password is not in the audit');
    assert.deepEqual([roleChange.before.roles, roleChange.after.roles], [['agent'], ['agent', 'expert']]);
    assert.deepEqual([deactivation.before.active, deactivation.after.active], [true, false]);
    assert.equal(deactivation.actorId, 'admin');
    const byType = await audit({ type: 'user.roles-set' });
    assert.equal(byType.totalCount, 1);
    assert.equal((await audit({ actorId: 'supervisor' })).totalCount, 2);
    const later = new Date(clock.now() + 1000).toISOString();
    assert.equal((await audit({ from: later })).totalCount, 0);
    assert.equal(codeOf(await s.gql(AUDIT, {}, { as: 'agent' })), 'FORBIDDEN');

    // Reactivated: the password works again, the tokens of before stay revoked.
    await ok(UPDATE, { input: { id: 'nina', active: true } });
    assert.equal(codeOf(await s.gql('{ me { id } }', {}, { token: signedIn.token })), 'UNAUTHENTICATED');
    assert.ok((await ok(SIGN_IN, { u: 'nina', p: NEW_PASSWORD })).signIn.token);
    assert.equal((await audit({ subjectId: 'nina' })).edges[0].node.type, 'user.reactivated');
  });

  it('deactivating an agent gives their held work back to the queue with its age, and ends their streams', async () => {
    await ok(
      'mutation($xml: String!) { deployProcess(input: { name: "routed", bpmnXml: $xml }) { id } }',
      { xml: fixture },
      { as: 'designer' },
    );
    await ok('mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 60 }) { name } }');
    await ok(CREATE, { input: { id: 'lee', roles: ['agent'] } });
    await ok('mutation { upsertAgent(input: { id: "lee", skills: [{ name: "english", level: 5 }] }) { id } }');
    const oneTime = (await ok('mutation { resetPassword(userId: "lee") }')).resetPassword;
    const t1 = (await ok(SIGN_IN, { u: 'lee', p: oneTime })).signIn.token;
    await ok(
      'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      { o: oneTime, n: NEW_PASSWORD },
      { token: t1 },
    );
    const token = (await ok(SIGN_IN, { u: 'lee', p: NEW_PASSWORD })).signIn.token;
    await ok('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { token });
    const vars = {
      ref: 'x',
      priority: 50,
      groups: '',
      skills: 'english:1',
      queue: 'backoffice',
      value: 0,
      interruptible: false,
      channel: 'BACKOFFICE',
    };
    const taskId = (await ok(START, { v: vars })).startProcess.tasks[0].id;
    const enqueuedAt = (await ok('query($id: ID!) { task(id: $id) { enqueuedAt } }', { id: taskId })).task.enqueuedAt;
    await s.server.router.settle();
    const offer = (await ok('{ agent(id: "lee") { reservations { id } } }', {}, { token })).agent.reservations[0];
    await ok('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: offer.id }, { token });
    const stream = await subscribe(s.server.url, 'subscription { myWork { type } }', {
      authorization: `Bearer ${token}`,
    });
    try {
      clock.advance(120_000);
      await ok('mutation { deactivateUser(userId: "lee") { id } }', {}, { as: 'supervisor' });
      const task = (await ok('query($id: ID!) { task(id: $id) { state assignee { id } enqueuedAt } }', { id: taskId }))
        .task;
      assert.equal(task.assignee, null);
      assert.notEqual(task.state, 'ASSIGNED');
      assert.equal(task.enqueuedAt, enqueuedAt, 'the task keeps its age');
      assert.equal((await ok('{ agent(id: "lee") { presence } }')).agent.presence, 'OFFLINE');
      await waitFor(() => stream.ended(), "the deactivated user's stream to end", 1200);
    } finally {
      await stream.close();
    }
  });

  it('groups: members through the role matrix, rename, deletion refused while a queue or an open task names the group', async () => {
    await ok(CREATE, { input: { id: 'ivy', roles: ['agent'] } });
    const set = (
      await ok(
        'mutation { setGroupMembers(id: "billing-team", members: ["ivy", "expert"]) { id name members { id } } }',
        {},
        { as: 'supervisor' },
      )
    ).setGroupMembers;
    assert.deepEqual(
      set.members.map((m: any) => m.id),
      ['expert', 'ivy'],
    );
    const designerIn = await refused(
      'mutation { setGroupMembers(id: "billing-team", members: ["designer"]) { id } }',
      {},
      { as: 'supervisor' },
    );
    assert.deepEqual([designerIn.extensions.code, designerIn.extensions.role], ['FORBIDDEN', 'designer']);
    assert.equal(
      codeOf(await s.gql('mutation { createGroup(input: { id: "x" }) { id } }', {}, { as: 'agent' })),
      'FORBIDDEN',
    );
    assert.equal(
      codeOf(await s.gql('mutation { createGroup(input: { id: "billing-team" }) { id } }')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      (await ok('mutation { updateGroup(input: { id: "billing-team", name: "Billing" }) { name } }')).updateGroup.name,
      'Billing',
    );
    const listed = (await ok('{ groups { id name members { id } } }')).groups.find((g: any) => g.id === 'billing-team');
    assert.deepEqual(listed, { id: 'billing-team', name: 'Billing', members: [{ id: 'expert' }, { id: 'ivy' }] });

    await ok(
      'mutation { upsertQueue(input: { name: "claims", escalation: [{ afterSeconds: 60, addGroup: "billing-team" }] }) { name } }',
    );
    await ok(
      'mutation($xml: String!) { deployProcess(input: { name: "routed", bpmnXml: $xml }) { id } }',
      { xml: fixture },
      { as: 'designer' },
    );
    const vars = {
      ref: 'x',
      priority: 50,
      groups: 'billing-team',
      skills: '',
      queue: 'backoffice',
      value: 0,
      interruptible: false,
      channel: 'BACKOFFICE',
    };
    const instance = (await ok(START, { v: vars })).startProcess;
    const err = await refused('mutation { deleteGroup(id: "billing-team") }');
    assert.equal(err.extensions.code, 'CONFLICT');
    assert.equal(err.extensions.reason, 'GROUP_IN_USE');
    assert.deepEqual(err.extensions.queues, ['claims']);
    assert.deepEqual(err.extensions.tasks, [instance.tasks[0].id]);
    assert.ok(
      (await ok('{ groups { id } }')).groups.some((g: any) => g.id === 'billing-team'),
      'still there',
    );

    await ok('mutation { upsertQueue(input: { name: "claims", escalation: [] }) { name } }');
    await ok('mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }', { id: instance.id });
    assert.equal((await ok('mutation { deleteGroup(id: "billing-team") }')).deleteGroup, true);
    assert.deepEqual(
      (await ok('{ users(filter: { search: "ivy" }) { edges { node { groups } } } }')).users.edges[0].node.groups,
      [],
    );
    const trail = await audit({ subjectId: 'billing-team' });
    assert.deepEqual(trail.edges.map((e: any) => e.node.type).reverse(), [
      'group.created',
      'group.members-set',
      'group.updated',
      'group.deleted',
    ]);
    assert.deepEqual(trail.edges[0].node.before.members, ['expert', 'ivy']);
  });

  it("audits changes to agents, queues, rules and other people's presence, not an agent's own presence", async () => {
    await ok(
      'mutation { upsertAgent(input: { id: "agent", skills: [{ name: "billing", level: 7 }], capacity: { BACKOFFICE: 3 } }) { id } }',
      {},
      { as: 'supervisor' },
    );
    await ok('mutation { upsertQueue(input: { name: "claims", slaSeconds: 600 }) { name } }');
    await ok('mutation { upsertQueue(input: { name: "claims", slaSeconds: 300 }) { name } }');
    await ok('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    await ok(
      'mutation { setPresence(input: { state: AWAY, agentId: "agent", reason: "coaching" }) { id } }',
      {},
      { as: 'supervisor' },
    );
    const rule = (
      await ok(
        'mutation { upsertClassificationRule(input: { name: "vip", position: 1, match: {}, action: { processKey: "routed" } }) { id } }',
        {},
        { as: 'designer' },
      )
    ).upsertClassificationRule;
    const agentTrail = (await audit({ subjectId: 'agent' })).edges.map((e: any) => e.node);
    assert.deepEqual(
      agentTrail.map((e: any) => e.type),
      ['agent.presence-set', 'agent.changed'],
    );
    assert.deepEqual(
      [agentTrail[0].before.presence, agentTrail[0].after],
      ['AVAILABLE', { presence: 'AWAY', reason: 'coaching' }],
    );
    assert.deepEqual(agentTrail[1].after.skills, [{ name: 'billing', level: 7 }]);
    assert.equal(agentTrail[1].after.capacity.BACKOFFICE, 3);
    const queueTrail = (await audit({ subjectId: 'claims' })).edges.map((e: any) => e.node);
    assert.deepEqual(
      queueTrail.map((e: any) => [e.type, e.before?.slaSeconds ?? null, e.after.slaSeconds]),
      [
        ['queue.changed', 600, 300],
        ['queue.created', null, 600],
      ],
    );
    const ruleTrail = (await audit({ subjectId: rule.id })).edges.map((e: any) => e.node);
    assert.deepEqual(
      ruleTrail.map((e: any) => [e.type, e.subjectType, e.actorId]),
      [['rule.created', 'CLASSIFICATION_RULE', 'designer']],
    );
  });
});
