import { strict as assert } from 'node:assert';
import { GraphQLError } from 'graphql';
import { BpmnInvalidError, NotFoundError, type Logger } from '../../engine/index.ts';
import { makeMaskError } from '../../graphql/errors.ts';

function recordingLogger() {
  const errors: { msg: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: (msg, fields) => void errors.push({ msg, fields }),
    warn() {},
    info() {},
    debug() {},
  };
  return { logger, errors };
}

/** An error as graphql-js hands a resolver's failure to the mask: located, with the original inside. */
const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['deployProcess'], originalError: original });

describe('GraphQL error masking', () => {
  it('passes expected failures with their code and fields in extensions (BPMN problems included)', () => {
    const { logger, errors } = recordingLogger();
    const mask = makeMaskError(logger);
    const problems = [{ elementId: 'gw', rule: 'crossdesk/complex-gateway', message: 'not supported' }];
    const bpmn = mask(located(new BpmnInvalidError(problems)), 'Unexpected error.') as GraphQLError;
    assert.deepEqual(bpmn.extensions, { code: 'BPMN_INVALID', problems });
    assert.deepEqual(bpmn.path, ['deployProcess']);
    const notFound = mask(located(new NotFoundError('task', 't1')), 'Unexpected error.') as GraphQLError;
    assert.deepEqual(notFound.extensions, { code: 'NOT_FOUND', kind: 'task', id: 't1' });
    assert.equal(errors.length, 0);
  });

  it('masks anything else as INTERNAL_SERVER_ERROR and logs it once, with the stack', () => {
    const { logger, errors } = recordingLogger();
    const masked = makeMaskError(logger)(
      located(new TypeError('secret table xyz is broken')),
      'Unexpected error.',
    ) as GraphQLError;
    assert.equal(masked.message, 'Unexpected error.');
    assert.deepEqual(masked.extensions, { code: 'INTERNAL_SERVER_ERROR' });
    assert.equal(errors.length, 1);
    assert.match(String(errors[0].fields?.err), /secret table xyz[\s\S]*at /);
  });

  it('answers a database out of reach as SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, not as a bug', () => {
    const { logger, errors } = recordingLogger();
    const mask = makeMaskError(logger);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    // knex puts the statement before node-postgres' message.
    const ended = new Error('select * from "tasks" - Connection terminated unexpectedly');
    for (const original of [refused, shutdown, ended]) {
      const masked = mask(located(original), 'Unexpected error.') as GraphQLError;
      assert.deepEqual(masked.extensions, {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: 1,
        http: { status: 503, headers: { 'retry-after': '1' } },
      });
      assert.deepEqual(masked.path, ['deployProcess']);
    }
    assert.equal(errors.length, 0, 'not logged as an error');
    // A statement the database refused is still a bug (a unique violation, a syntax error).
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    assert.equal((mask(located(unique), 'Unexpected error.') as GraphQLError).extensions.code, 'INTERNAL_SERVER_ERROR');
  });

  it("leaves GraphQL's own errors (syntax, validation) as they are", () => {
    const { logger, errors } = recordingLogger();
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    assert.equal(makeMaskError(logger)(validation, 'Unexpected error.'), validation);
    assert.equal(errors.length, 0);
  });
});
