import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { makeSchema } from '../../graphql/schema/index.ts';

describe('the GraphQL schema', () => {
  // The fixture was printed from the schema before core.graphql was split by noun: a split or a move of
  // SDL between files must leave the printed schema byte for byte. A deliberate schema change updates
  // the fixture in the same commit (UPDATE_SCHEMA_SNAPSHOT=1), where the diff shows the change.
  it('prints as test/graphql/fixtures/schema.graphql', () => {
    const printed = printSchema(lexicographicSortSchema(makeSchema())) + '\n';
    const fixture = new URL('./fixtures/schema.graphql', import.meta.url);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(fixture, printed);
    assert.ok(
      printed === readFileSync(fixture, 'utf8'),
      'the schema changed; after a deliberate change: UPDATE_SCHEMA_SNAPSHOT=1 npx mocha test/graphql/schema.test.ts',
    );
  });
});
