import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../../config.ts';
import { makeOperationChecker } from './operation-check.ts';
import { documentedOperations, webOperations, type FoundOperation } from './operation-sources.ts';
import { deepestAllowedLoop } from './hostile-queries.ts';

const config = loadConfig({});
const check = makeOperationChecker(config.queryLimits, config.maxJsonDepth);

async function failures(operations: FoundOperation[]) {
  const failed: string[] = [];
  for (const op of operations) {
    const errors = await check(op.source);
    if (errors.length) failed.push(`${op.where}: ${errors.map((e) => e.message).join('; ')}\n  ${op.source}`);
  }
  return failed;
}

const webRoot = new URL('../../../web/src/', import.meta.url);

/**
 * Operations a page builds in a loop, which the evaluator cannot read: each with its worst case,
 * written here. A new one fails the test below until it is added.
 */
const BUILT_IN_LOOPS: { file: string; includes: string; worst: () => string }[] = [
  {
    // One alias per process key, WARNING_BATCH keys a request.
    file: 'pages/Definitions.svelte',
    includes: 'query DefinitionWarnings(${ids.map(',
    worst: () => {
      const page = readFileSync(new URL('pages/Definitions.svelte', webRoot), 'utf8');
      const batch = Number(/const WARNING_BATCH = (\d+);/.exec(page)?.[1]);
      assert.ok(batch > 0, 'WARNING_BATCH is read from the page');
      const ids = Array.from({ length: batch }, (_, i) => i);
      const fields = ids.map(
        (i) => `d${i}: processDefinition(id: $i${i}) { id warnings { elementId elementName code requirement } }`,
      );
      return `query(${ids.map((i) => `$i${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
    },
  },
];

describe('the web app and the docs stay under the query limits', () => {
  it('finds the operations of the web app: each valid and admitted with the worst variables (pages of 200)', async () => {
    const { found: operations, unread } = webOperations();
    for (const op of unread) {
      const known = BUILT_IN_LOOPS.find((l) => op.where.includes(l.file) && op.code.includes(l.includes));
      assert.ok(known, `${op.where}: ${op.reason}; give it a worst case in BUILT_IN_LOOPS`);
      operations.push({ where: op.where, source: known.worst() });
    }
    assert.equal(unread.length, BUILT_IN_LOOPS.length, 'every entry of BUILT_IN_LOOPS is still in the app');
    // Every page that talks to the server contributes; a checker that finds nothing checks nothing.
    for (const page of [
      'Inbox',
      'TaskPage',
      'Instance',
      'Instances',
      'Definitions',
      'Supervisor',
      'Agent',
      'Modeler',
      'SignIn',
    ])
      assert.ok(
        operations.some((o) => o.where.includes(`pages/${page}.svelte`)),
        `no operation found in ${page}.svelte`,
      );
    assert.ok(operations.some((o) => o.where.includes('lib/queries.ts')));
    assert.ok(
      operations.some((o) => o.source.includes('completeTask(id: $id, variables: $v)')),
      'parameters evaluated',
    );
    assert.ok(operations.length >= 30, `${operations.length} operations`);
    assert.deepEqual(await failures(operations), []);
  });

  it('admits every ```graphql example of docs/*.md, and refuses those shown as refused with the code shown', async () => {
    const operations = documentedOperations();
    const admitted = operations.filter((o) => !o.refusedWith);
    assert.ok(admitted.length >= 6, `${admitted.length} documented operations`);
    assert.deepEqual(await failures(admitted), []);
    const refused = operations.filter((o) => o.refusedWith);
    assert.ok(refused.length >= 1);
    for (const op of refused)
      assert.equal((await check(op.source))[0]?.extensions?.code, op.refusedWith, `${op.where} is shown as refused`);
  });

  it('refuses what the limits are for, so the check above can fail', async () => {
    const errors = await check(deepestAllowedLoop(config.queryLimits.maxDepth));
    assert.equal(errors[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    assert.equal((await check('{ nope }'))[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});
