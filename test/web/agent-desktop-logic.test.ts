import { strict as assert } from 'node:assert';
import { newOffers } from '../../web/src/lib/offer-alert.ts';
import { codesInput, codesText } from '../../web/src/lib/people-queries.ts';

describe('web: the agent desktop and its queue settings', () => {
  it('alerts each new offer once, and again for an offer that left and came back', () => {
    const seen = new Set<string>();
    assert.deepEqual(
      newOffers([{ id: 'r1' }, { id: 'r2' }], seen).map((o) => o.id),
      ['r1', 'r2'],
    );
    assert.deepEqual(newOffers([{ id: 'r1' }, { id: 'r2' }], seen), [], 'a reload rings nothing');
    assert.deepEqual(
      newOffers([{ id: 'r2' }, { id: 'r3' }], seen).map((o) => o.id),
      ['r3'],
    );
    assert.deepEqual([...seen].sort(), ['r2', 'r3'], 'ended offers are forgotten');
    assert.deepEqual(
      newOffers([{ id: 'r1' }], seen).map((o) => o.id),
      ['r1'],
    );
  });

  it('edits disposition codes as one text field', () => {
    assert.equal(codesText(['SOLD', 'NO_SALE']), 'SOLD, NO_SALE');
    assert.deepEqual(codesInput(' SOLD, NO_SALE  FOLLOW_UP,,'), ['SOLD', 'NO_SALE', 'FOLLOW_UP']);
    assert.deepEqual(codesInput('  '), [], 'an empty field clears the codes');
  });
});
