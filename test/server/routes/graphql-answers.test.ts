import { strict as assert } from 'node:assert';
import { streams } from '../../../server/routes/graphql.ts';

const answer = (type: string) => ({ headers: new Headers({ 'content-type': type }) });

describe('/graphql answers: streamed or whole', () => {
  it('given a subscription or incremental delivery, then the answer is streamed as it comes', () => {
    assert.equal(streams(answer('text/event-stream')), true);
    assert.equal(streams(answer('multipart/mixed; boundary="-"')), true);
  });

  it('given a single result (JSON, GraphiQL page), then it is sent whole, not piped as a stream', () => {
    assert.equal(streams(answer('application/graphql-response+json; charset=utf-8')), false);
    assert.equal(streams(answer('application/json; charset=utf-8')), false);
    assert.equal(streams(answer('text/html; charset=utf-8')), false);
    assert.equal(streams({ headers: new Headers() }), false);
  });
});
