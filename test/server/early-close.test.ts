import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

/** Sends a subscription over SSE and closes the socket `afterMs` later, before or while the answer starts. */
function subscribeAndLeave(url: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query: 'subscription { taskEvents { type } }' });
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${ADMIN_TOKEN}`,
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('error', () => resolve());
    req.on('response', (res) => {
      res.on('error', () => {});
      res.on('close', () => resolve());
    });
    req.end(body);
    setTimeout(() => {
      req.destroy();
      resolve();
    }, afterMs);
  });
}

describe('SSE subscriptions whose client leaves at once', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(async () => {
    await t.close();
  });

  // graphql-yoga cancels its event stream when the client has gone before the stream started; its cancel then
  // throws, and the stream's error used to reach nobody: an uncaught exception that ended the server process.
  it('given 200 clients that close the connection at once or a moment later, then the server keeps answering', async () => {
    for (let i = 0; i < 200; i++) await subscribeAndLeave(t.server.url, i % 4);
    await new Promise((r) => setTimeout(r, 200));
    const res = await t.gql('{ me { id } }');
    assert.equal(res.data?.me?.id, 'admin');
  });
});
