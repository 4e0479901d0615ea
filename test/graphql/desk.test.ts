import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { codeOf, subscribe, waitFor } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const unstaffed = readFileSync(new URL('./fixtures/unstaffed.bpmn', import.meta.url), 'utf8');
const routed = sharedFixture('routed-task.bpmn');
const refund = sharedFixture('refund.bpmn');

const DEPLOY = `mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) {
  id warnings { elementId elementName rule code requirement message } } }`;
const START_ROUTED = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { id tasks { id } } }';
const WHY = `query($id: ID!) { whyWaiting(taskId: $id) {
  task { id } waiting reasons { code requirement message } skills { name level agents bestLevel }
  qualifiedAgents presentAgents freeAgents claimers nextEscalationAt } }`;

const routedVars = (extra: Record<string, unknown>) => ({
  ref: 'x',
  priority: 50,
  groups: '',
  skills: '',
  queue: 'backoffice',
  value: 0,
  interruptible: false,
  channel: 'BACKOFFICE',
  ...extra,
});

describe('GraphQL: deploy warnings, "why waiting?", element names and live instances', function () {
  this.timeout(30_000);
  let s: TestServer;
  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) => {
    const res = await s.gql(query, variables, options);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  beforeEach(async () => {
    s = await startTestServer();
    // Someone with French but no billing: each skill of "billing:5 french:2" is held, never both at once.
    await ok('mutation { upsertAgent(input: { id: "fr", skills: [{ name: "french", level: 4 }] }) { id } }');
  });
  afterEach(() => s.close());

  it('deployProcess warns of every user task whose requirement no agent meets, and says which', async () => {
    const deployed = (await ok(DEPLOY, { x: unstaffed }, { as: 'designer' })).deployProcess;
    assert.deepEqual(
      deployed.warnings.map((w: any) => [w.elementId, w.code, w.requirement, w.message]),
      [
        ['spanishCall', 'NO_AGENT_HAS_SKILL', 'spanish:5', 'no agent has spanish:5 (the highest level is spanish:3)'],
        [
          'billingFrench',
          'NO_AGENT_HAS_ALL_SKILLS',
          'billing:5 french:2',
          'no agent has billing:5 and french:2 together',
        ],
        ['legal', 'UNKNOWN_GROUP', 'legal', 'group legal does not exist (create it, or fix the name)'],
        ['legal', 'NO_CANDIDATE', 'legal', 'no agent with billing:1 is in group legal'],
      ],
    );
    assert.equal(deployed.warnings[0].elementName, 'Call back in Spanish');
    assert.equal(deployed.warnings[0].rule, 'crossdesk/no-agent-qualifies');
    // The check is against today's agents: once someone has Spanish at 5, that warning goes.
    await ok('mutation { upsertAgent(input: { id: "fr", skills: [{ name: "spanish", level: 5 }] }) { id } }');
    const listed = await ok('{ processDefinitions(key: "unstaffed") { warnings { elementId } } }');
    assert.deepEqual(
      listed.processDefinitions[0].warnings.map((w: any) => w.elementId),
      ['billingFrench', 'legal', 'legal'],
    );
    // A group record for it ends the unknown-group warning (nobody in it yet: the other stays).
    await ok('mutation { createGroup(input: { id: "legal", name: "Legal" }) { id } }');
    const again = await ok('{ processDefinitions(key: "unstaffed") { warnings { elementId code } } }');
    assert.deepEqual(
      again.processDefinitions[0].warnings.map((w: any) => `${w.elementId} ${w.code}`),
      ['billingFrench NO_AGENT_HAS_SKILL', 'legal NO_CANDIDATE'],
    );
  });

  it('"why waiting?" names the skill level nobody has, and the best level there is', async () => {
    await ok(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: routed },
      { as: 'designer' },
    );
    const { startProcess } = await ok(START_ROUTED, { v: routedVars({ skills: 'spanish:5' }) });
    const why = (await ok(WHY, { id: startProcess.tasks[0].id })).whyWaiting;
    assert.equal(why.waiting, true);
    assert.deepEqual(why.reasons, [
      {
        code: 'NO_AGENT_HAS_SKILL',
        requirement: 'spanish:5',
        message: 'no agent has spanish:5 (the highest level is spanish:3)',
      },
    ]);
    assert.deepEqual(why.skills, [{ name: 'spanish', level: 5, agents: 0, bestLevel: 3 }]);
    assert.equal(why.qualifiedAgents, 0);
  });

  it('"why waiting?" tells candidacy apart from skills, and absent agents from missing ones', async () => {
    await ok(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: routed },
      { as: 'designer' },
    );
    const legal = (await ok(START_ROUTED, { v: routedVars({ skills: 'billing:1', groups: 'legal' }) })).startProcess;
    const why = (await ok(WHY, { id: legal.tasks[0].id })).whyWaiting;
    assert.deepEqual(
      why.reasons.map((r: any) => [r.code, r.requirement]),
      [['NO_CANDIDATE', 'legal']],
    );
    // The three seeded agents have spanish:3 but are all offline.
    const offline = (await ok(START_ROUTED, { v: routedVars({ skills: 'spanish:3' }) })).startProcess;
    const absent = (await ok(WHY, { id: offline.tasks[0].id })).whyWaiting;
    assert.deepEqual(
      absent.reasons.map((r: any) => [r.code, r.requirement]),
      [['NOBODY_PRESENT', 'OFFLINE 3']],
    );
    assert.deepEqual([absent.qualifiedAgents, absent.presentAgents, absent.freeAgents], [3, 0, 0]);
  });

  it('"why waiting?" says a reserved task is not waiting, and is for supervisors only', async () => {
    await ok(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: routed },
      { as: 'designer' },
    );
    await ok('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'expert' });
    const started = (await ok(START_ROUTED, { v: routedVars({ skills: 'billing:2' }) })).startProcess;
    const id = started.tasks[0].id;
    let why: any;
    for (let i = 0; i < 100; i++) {
      why = (await ok(WHY, { id })).whyWaiting;
      if (!why.waiting) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(
      why.reasons.map((r: any) => [r.code, r.requirement]),
      [['NOT_WAITING', 'RESERVED']],
    );
    assert.equal(codeOf(await s.gql(WHY, { id }, { as: 'expert' })), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(WHY, { id: 'no-such-task' })), 'NOT_FOUND');
  });

  it('gives history entries the name of their element as modelled', async () => {
    await ok(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refund },
      { as: 'designer' },
    );
    const started = await ok(
      'mutation { startProcess(input: { key: "refund", variables: { amount: 5, customer: { name: "Liv" } } }) { history { type elementId elementName } } }',
    );
    const entries = started.startProcess.history.map((h: any) => [h.type, h.elementId, h.elementName]);
    assert.deepEqual(
      entries.filter((e: any[]) => e[1] === 'start'),
      [
        ['element.started', 'start', 'Refund requested'],
        ['element.completed', 'start', 'Refund requested'],
      ],
    );
    assert.ok(entries.some((e: any[]) => e[0] === 'instance.started' && e[2] === null));
    assert.ok(entries.some((e: any[]) => e[1] === 'review' && e[2] === 'Review refund for ${customer.name}'));
  });

  it('pushes changes of one instance, with the instance as it is now, and nothing of other instances', async () => {
    await ok(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refund },
      { as: 'designer' },
    );
    const start =
      'mutation { startProcess(input: { key: "refund", variables: { amount: 5, customer: { name: "Liv" } } }) { id tasks { id } } }';
    const one = (await ok(start)).startProcess;
    const other = (await ok(start)).startProcess;
    const live = await subscribe(
      s.server.url,
      `subscription { processInstanceEvents(id: "${one.id}") { type instance { id state tasks { state assignee { id } } history { type } } } }`,
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    await ok('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: other.tasks[0].id }, { as: 'expert' });
    await ok('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: one.tasks[0].id }, { as: 'expert' });
    await waitFor(() => live.events.length >= 1, 'an instance event');
    const event = live.events[0].data.processInstanceEvents;
    assert.equal(event.type, 'task.claimed');
    assert.equal(event.instance.id, one.id);
    assert.deepEqual(event.instance.tasks, [{ state: 'ASSIGNED', assignee: { id: 'expert' } }]);
    assert.equal(event.instance.history.at(-1).type, 'task.claimed');
    await ok(
      'mutation($id: ID!) { completeTask(id: $id, variables: { approved: false }) { id } }',
      { id: one.tasks[0].id },
      { as: 'expert' },
    );
    await waitFor(
      () => live.events.some((e) => e.data.processInstanceEvents.instance.state === 'COMPLETED'),
      'the end',
    );
    assert.ok(live.events.every((e) => e.data.processInstanceEvents.instance.id === one.id));
    await live.close();
  });
});
