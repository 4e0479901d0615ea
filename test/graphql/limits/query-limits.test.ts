import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { loadConfig } from '../../../config.ts';
import { spyOnResolvers, type ResolverSpy } from '../../support/resolver-spy.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { codeOf } from '../http-helpers.ts';
import { aliases, deepestAllowedLoop, loopQuery } from './hostile-queries.ts';

const wideXml = readFileSync(new URL('../fixtures/wide-review.bpmn', import.meta.url), 'utf8');
const limits = loadConfig({}).queryLimits;

describe('query limits: refused before any resolver runs', () => {
  let s: TestServer;
  let spy: ResolverSpy;
  let taskId: string;
  before(async () => {
    spy = spyOnResolvers();
    s = await startTestServer();
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: wideXml },
      { as: 'designer' },
    );
    await s.gql('mutation { startProcess(input: { key: "wide-review" }) { id } }', {}, { as: 'expert' });
    const tasks = await s.gql('{ tasks(first: 1) { totalCount edges { node { id } } } }', {}, { as: 'expert' });
    assert.equal(tasks.data.tasks.totalCount, 50);
    taskId = tasks.data.tasks.edges[0].node.id;
  });
  after(async () => {
    await s.close();
    spy.restore();
  });
  beforeEach(() => (spy.calls.length = 0));

  /** Sends an operation as the demo-style expert and checks it was refused with `code` and `limit`. */
  async function refused(query: string, limit: string, variables: Record<string, unknown> = {}) {
    const started = performance.now();
    const result = await s.gql(query, variables, { as: 'expert' });
    const ms = performance.now() - started;
    assert.equal(codeOf(result), 'QUERY_TOO_COMPLEX', JSON.stringify(result).slice(0, 300));
    assert.equal(result.errors![0].extensions.limit, limit);
    assert.equal(result.data ?? null, null);
    assert.deepEqual(spy.calls, [], 'no resolver ran');
    assert.ok(ms < 2000, `refused in ${ms} ms`);
    return result.errors![0];
  }

  it('refuses the 50-level processInstance { tasks } loop by depth', async () => {
    const error = await refused(loopQuery(100), 'depth', { id: taskId });
    assert.equal(error.extensions.max, limits.maxDepth);
    assert.equal(error.extensions.found, 102);
  });

  it('refuses the loop at the deepest allowed depth over a wide instance by its estimated cost', async () => {
    const error = await refused(deepestAllowedLoop(limits.maxDepth), 'cost', { id: taskId });
    assert.ok(error.extensions.found > limits.maxCost, JSON.stringify(error.extensions));
    // One level more is a depth refusal: the query above is as deep as an operation may go.
    await refused(deepestAllowedLoop(limits.maxDepth + 1), 'depth', { id: taskId });
  });

  it('refuses a hostile document every time it is sent, though parsing and validation are cached', async () => {
    for (let i = 0; i < 3; i++) await refused(loopQuery(100), 'depth', { id: taskId });
    for (let i = 0; i < 2; i++) await refused(aliases(20_000, 'me { id }'), 'tokens');
    for (let i = 0; i < 2; i++) await refused(aliases(limits.maxAliases + 1, 'me { id }'), 'aliases');
  });

  it('refuses the alias bombs: 300 aliases of tasks(first: 200), 20,000 aliases of me', async () => {
    // Both are longer than the token limit: the lexer stops there, nothing is parsed whole.
    await refused(aliases(300, 'tasks(first: 200) { edges { node { id } } }'), 'tokens');
    const error = await refused(aliases(20_000, 'me { id }'), 'tokens');
    assert.equal(error.extensions.max, limits.maxTokens);
    // Within the token limit, the alias limit holds.
    const bomb = await refused(
      aliases(limits.maxAliases + 1, 'tasks(first: 200) { edges { node { id } } }'),
      'aliases',
    );
    assert.deepEqual([bomb.extensions.found, bomb.extensions.max], [limits.maxAliases + 1, limits.maxAliases]);
  });

  it('refuses too many directives and recursive introspection, and serves the standard introspection query', async () => {
    await refused(`{ me { id ${'@include(if: true) '.repeat(limits.maxDirectives + 1)} } }`, 'directives');
    await refused('{ __schema { types { fields { type { fields { name } } } } } }', 'introspection');
    await refused(
      '{ __type(name: "Task") { fields { type { fields { type { fields { name } } } } } } }',
      'introspection',
    );
    const introspection = await s.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    assert.equal(introspection.errors, undefined);
    assert.ok(introspection.data.__schema.types.length > 50);
  });

  it('estimates with the variables sent: a small page passes, the same query at 200 instances is refused', async () => {
    const q =
      'query($n: Int) { processInstances(first: $n) { edges { node { tasks { processInstance { tasks { id } } } } } } }';
    const small = await s.gql(q, { n: 1 }, { as: 'expert' });
    assert.equal(small.errors, undefined);
    assert.equal(small.data.processInstances.edges[0].node.tasks.length, 50);
    spy.calls.length = 0;
    await refused(q, 'cost', { n: 200 });
  });

  it('refuses first above 200 with BAD_USER_INPUT (it used to be clamped silently); 200 is allowed', async () => {
    const over = await s.gql('{ tasks(first: 201) { totalCount } }', {}, { as: 'expert' });
    assert.equal(codeOf(over), 'BAD_USER_INPUT');
    assert.deepEqual([over.errors![0].extensions.field, over.errors![0].extensions.max], ['first', 200]);
    const interactions = await s.gql('{ interactions(first: 1000) { totalCount } }', {}, { as: 'expert' });
    assert.equal(codeOf(interactions), 'BAD_USER_INPUT');
    const max = await s.gql('{ tasks(first: 200) { edges { node { id } } } }', {}, { as: 'expert' });
    assert.equal(max.data.tasks.edges.length, 50);
  });

  it('still answers me after all of the above', async () => {
    assert.deepEqual((await s.gql('{ me { id } }', {}, { as: 'expert' })).data, { me: { id: 'expert' } });
  });
});
