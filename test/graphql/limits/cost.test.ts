import { strict as assert } from 'node:assert';
import { buildSchema, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, parse } from 'graphql';
import { ARGUMENT_SIZES, LIST_SIZES, estimateCost } from '../../../graphql/limits/index.ts';
import { typeDefs } from './operation-check.ts';

const schema = buildSchema(typeDefs.join('\n'));
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  estimateCost(schema, parse(query), variables, null, Infinity);

describe('query cost: an estimate that knows list sizes', () => {
  it('gives every list of objects in the schema an estimated size (add new lists to graphql/limits/list-sizes.ts)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const list = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const paged = field.args.some((a) => a.name === 'first');
        if (list && !paged && !(key in LIST_SIZES) && !(key in ARGUMENT_SIZES)) missing.push(key);
      }
    }
    assert.deepEqual(missing, []);
    for (const key of [...Object.keys(LIST_SIZES), ...Object.keys(ARGUMENT_SIZES)]) {
      const [type, field] = key.split('.');
      assert.ok((schema.getType(type) as any)?.getFields?.()[field], `${key} is not in the schema`);
    }
  });

  it('multiplies by the estimated list sizes: the loop grows 50 times per level', () => {
    assert.equal(cost('{ me { id } }'), 1);
    assert.equal(cost('query($id: ID!) { processInstance(id: $id) { tasks { id } } }', { id: 'x' }), 1 + 50);
    assert.equal(
      cost('query($id: ID!) { processInstance(id: $id) { tasks { processInstance { tasks { id } } } } }', { id: 'x' }),
      1 + 50 * (1 + 1 + 50),
    );
    assert.equal(
      cost(
        'query($id: ID!) { task(id: $id) { processInstance { tasks { processInstance { tasks { processInstance { tasks { id } } } } } } } }',
        {
          id: 'x',
        },
      ),
      1 + 1 + 50 * (1 + 1 + 50 * (1 + 1 + 50)),
    );
    // history, Customer.tasks and cases, Agent.tasks, agents, queues and rule lists have sizes too.
    assert.equal(cost('{ agents { tasks { id } } }'), 200 * (1 + 10));
    assert.equal(cost('{ queues { stats { hourly { hour } } } }'), 50 * (1 + 1 * (1 + 24)));
    assert.equal(cost('{ classificationRules { versions { version } } }'), 100 * (1 + 20));
    assert.equal(cost('query($id: ID!) { customer(id: $id) { tasks { id } cases { id } } }', { id: 'x' }), 1 + 50 + 20);
  });

  it('sizes connections by first (default 50) and fetchAndLockExternalTasks by maxTasks', () => {
    assert.equal(cost('{ tasks { edges { node { id } } } }'), 1 + 50 * 2);
    assert.equal(cost('query($n: Int) { tasks(first: $n) { edges { node { id } } } }', { n: 200 }), 1 + 200 * 2);
    // Above the maximum the resolver refuses; the estimate counts what could run.
    assert.equal(cost('{ tasks(first: 5000) { edges { node { id } } } }'), 1 + 200 * 2);
    assert.equal(cost('{ tasks(first: 10) { totalCount } }'), 1);
    assert.equal(
      cost(
        'mutation { fetchAndLockExternalTasks(topic: "t", workerId: "w", maxTasks: 100) { id processInstance { id } } }',
      ),
      100 * (1 + 1),
    );
  });

  it('leaves introspection to its shape rule, and gives up (null) on variables that do not fit their types', () => {
    assert.equal(cost('{ __schema { types { fields { name } } } }'), 0);
    assert.equal(cost('query($n: Int) { tasks(first: $n) { totalCount } }', { n: 'many' }), null);
  });
});
