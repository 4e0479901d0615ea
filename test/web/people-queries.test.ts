import { strict as assert } from 'node:assert';
import { GraphQLRequestError } from '../../web/src/lib/graphql-client.ts';
import { auditChanges, idList, problemOf, skillsInput } from '../../web/src/lib/people-queries.ts';

describe('web: the People page helpers', () => {
  it('puts a refusal next to the field the server names, and elsewhere on the form when it names none', () => {
    const field = new GraphQLRequestError([
      { message: '"x" is not an e-mail address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
    ]);
    assert.deepEqual(problemOf(field), { field: 'email', message: '"x" is not an e-mail address' });
    const none = new GraphQLRequestError([{ message: 'needs admin', extensions: { code: 'FORBIDDEN' } }]);
    assert.deepEqual(problemOf(none), { field: null, message: 'needs admin' });
  });

  it('reads ids and skills as typed', () => {
    assert.deepEqual(idList(' ana, bo  ana\ncy '), ['ana', 'bo', 'cy']);
    assert.deepEqual(skillsInput('billing:5 spanish:3'), {
      skills: [
        { name: 'billing', level: 5 },
        { name: 'spanish', level: 3 },
      ],
    });
    assert.deepEqual(skillsInput('billing:11'), { field: 'skills', message: 'billing:11' });
  });

  it('shows an audit entry as the fields that changed, before and after', () => {
    assert.deepEqual(
      auditChanges({ id: 'a', roles: ['agent'], name: 'A' }, { id: 'a', roles: ['agent', 'expert'], name: 'A' }),
      ['roles: ["agent"] → ["agent","expert"]'],
    );
    assert.deepEqual(auditChanges(null, { id: 'g', name: 'G' }), ['name: "G"']);
  });
});
