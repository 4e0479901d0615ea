import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import { runtimeGuardPlugins } from '../../../graphql/limits/runtime-guard.ts';
import { startTestServer } from '../../support/server.ts';
import { codeOf } from '../http-helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small schema with a slow field, endless nesting, a big string and a pushed subscription. */
function makeGuardedYoga(limits: { maxResultObjects: number; maxResultBytes: number; timeoutMs: number }) {
  const calls = { item: 0 };
  const events: ((n: number) => void)[] = [];
  const item = (id: number) => ({ id });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `
        type Item { id: Int! next(n: Int!): [Item!]! }
        type Query { slow: String, items(n: Int!): [Item!]!, big(n: Int!): String }
        type Mutation { slowCommand: String }
        type Subscription { batch: [Item!]! }`,
      resolvers: {
        Query: {
          slow: () => sleep(3000).then(() => 'late'),
          items: (_p: unknown, { n }: { n: number }) => Array.from({ length: n }, (_, i) => item(i)),
          big: (_p: unknown, { n }: { n: number }) => 'x'.repeat(n),
        },
        Item: {
          next: async (p: { id: number }, { n }: { n: number }) => {
            calls.item++;
            await sleep(1);
            return Array.from({ length: n }, (_, i) => item(p.id * 10 + i));
          },
        },
        Mutation: { slowCommand: () => sleep(300).then(() => 'done') },
        Subscription: {
          batch: {
            subscribe: async function* () {
              for (;;) yield await new Promise<number>((resolve) => events.push(resolve));
            },
            resolve: (n: number) => Array.from({ length: n }, (_, i) => item(i)),
          },
        },
      },
    }),
    plugins: runtimeGuardPlugins(limits),
    logging: false,
  });
  const post = async (query: string) =>
    (await (
      await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json()) as any;
  return { yoga, post, calls, push: (n: number) => events.shift()!(n), pending: () => events.length > 0 };
}

describe('runtime guard: operations aborted while they run', () => {
  const limits = { maxResultObjects: 100, maxResultBytes: 10_000, timeoutMs: 150 };

  it('aborts a query running longer than the limit with QUERY_TIMEOUT, answering at once', async () => {
    const { post } = makeGuardedYoga(limits);
    const started = performance.now();
    const result = await post('{ slow }');
    const ms = performance.now() - started;
    assert.equal(codeOf(result), 'QUERY_TIMEOUT');
    assert.deepEqual(result.errors[0].extensions, { code: 'QUERY_TIMEOUT', limit: 'time', maxMs: 150 });
    assert.equal(result.data, undefined);
    assert.ok(ms < 1500, `answered after ${ms} ms, not after the 3 s resolver`);
  });

  it('lets a mutation finish past the time limit: a command runs to its end', async () => {
    const { post } = makeGuardedYoga(limits);
    assert.deepEqual(await post('mutation { slowCommand }'), { data: { slowCommand: 'done' } });
  });

  it('aborts at the object limit with RESULT_TOO_LARGE and starts no more resolvers', async () => {
    const { post, calls } = makeGuardedYoga(limits);
    const result = await post('{ items(n: 10) { next(n: 10) { next(n: 10) { next(n: 10) { id } } } } }');
    assert.equal(codeOf(result), 'RESULT_TOO_LARGE');
    assert.deepEqual(result.errors[0].extensions, { code: 'RESULT_TOO_LARGE', limit: 'objects', max: 100 });
    // Unguarded, this is 10 + 100 + 1000 = 1,110 calls of Item.next: the third level never starts.
    await sleep(50);
    assert.ok(calls.item <= 110, `${calls.item} calls of Item.next`);
    assert.deepEqual(await post('{ items(n: 10) { next(n: 5) { id } } }').then((r) => r.errors), undefined);
  });

  it('aborts at the byte limit with RESULT_TOO_LARGE', async () => {
    const { post } = makeGuardedYoga(limits);
    const result = await post('{ big(n: 20000) }');
    assert.deepEqual(result.errors[0].extensions, { code: 'RESULT_TOO_LARGE', limit: 'bytes', max: 10_000 });
    assert.equal((await post('{ big(n: 5000) }')).data.big.length, 5000);
  });

  it('counts each subscription event on its own: an oversized event is replaced, the next small one arrives', async () => {
    const { yoga, push, pending } = makeGuardedYoga(limits);
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { batch { id } }' }),
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const nextEvent = async () => {
      while (!/event: next\ndata: .*\n\n/.test(text)) text += decoder.decode((await reader.read()).value);
      const match = /event: next\ndata: (.*)\n\n/.exec(text)!;
      text = text.slice(match.index + match[0].length);
      return JSON.parse(match[1]);
    };
    const event = async (n: number) => {
      const next = nextEvent();
      while (!pending()) await sleep(5);
      push(n);
      return next;
    };
    assert.equal(codeOf(await event(500)), 'RESULT_TOO_LARGE');
    assert.equal((await event(60)).data.batch.length, 60);
    assert.equal((await event(60)).data.batch.length, 60, 'the tally starts again for every event');
    await reader.cancel();
  });

  it('aborts a real query over the configured object limit (CROSSDESK_MAX_RESULT_OBJECTS)', async () => {
    const s = await startTestServer({ CROSSDESK_MAX_RESULT_OBJECTS: '30' });
    try {
      const xml = readFileSync(new URL('../fixtures/wide-review.bpmn', import.meta.url), 'utf8');
      await s.gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: xml });
      await s.gql('mutation { startProcess(input: { key: "wide-review" }) { id } }');
      const result = await s.gql('{ tasks(first: 50) { edges { node { id } } } }');
      assert.equal(codeOf(result), 'RESULT_TOO_LARGE');
      assert.equal(result.errors![0].extensions.max, 30);
      assert.equal((await s.gql('{ tasks(first: 10) { edges { node { id } } } }')).data.tasks.edges.length, 10);
    } finally {
      await s.close();
    }
  });
});
