import { strict as assert } from 'node:assert';
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

describe('the web app and the docs stay under the query limits', () => {
  it('finds the operations of the web app: each valid and admitted with the worst variables (pages of 200)', async () => {
    const operations = webOperations();
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
