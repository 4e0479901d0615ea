import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { makeSchema } from '../../graphql/schema/index.ts';

describe('the GraphQL schema', () => {
  // The fixture was printed from the schema before core.graphql was split by noun: a split or a move of
  // SDL between files must leave the printed schema byte for byte. A deliberate schema change updates
  // the fixture in the same commit.
  it('prints as test/graphql/fixtures/schema.graphql', () => {
    const printed = printSchema(lexicographicSortSchema(makeSchema())) + '\n';
    const fixture = readFileSync(new URL('./fixtures/schema.graphql', import.meta.url), 'utf8');
    assert.ok(printed === fixture, 'the schema changed: compare printSchema output with the fixture');
  });
});
