import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { readBody } from '../../../server/http/index.ts';
import { ADMIN_TOKEN, startTestServer } from '../../support/server.ts';

/** A request body as readBody sees it: a stream with headers. */
function fakeRequest(headers: Record<string, string> = {}) {
  return Object.assign(new PassThrough(), { headers }) as PassThrough & IncomingMessage;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('reading request bodies: at most the limit is held, and not forever', () => {
  it('returns a body up to the limit whole', async () => {
    const req = fakeRequest();
    const body = readBody(req, 10);
    req.write('12345');
    req.end('67890');
    assert.equal(String(await body), '1234567890');
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const req = fakeRequest({ 'content-length': '11' });
    assert.equal(await readBody(req, 10), null);
  });

  it('refuses a chunked body as soon as it passes the limit, then drops at most another limit and closes', async () => {
    const req = fakeRequest();
    const body = readBody(req, 1000);
    req.write(Buffer.alloc(600));
    req.write(Buffer.alloc(600));
    assert.equal(await body, null, 'refused at 1,200 bytes, without waiting for the end');
    for (let i = 0; i < 3; i++) {
      req.write(Buffer.alloc(300));
      await tick();
    }
    assert.equal(req.destroyed, false, 'up to 1,000 more bytes are read and dropped (the client gets its 413)');
    req.write(Buffer.alloc(300));
    await tick();
    assert.equal(req.destroyed, true, 'past that, the connection is closed');
  });

  it('closes an endless upload to /graphql (CROSSDESK_MAX_REQUEST_BYTES) instead of reading it to its end', async () => {
    const s = await startTestServer({ CROSSDESK_MAX_REQUEST_BYTES: '100000' });
    try {
      const small = await fetch(`${s.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(100_001) } }),
      });
      assert.equal(small.status, 413);
      const url = new URL(`${s.server.url}/graphql`);
      let sent = 0;
      const limit = 50 * 1024 * 1024;
      await new Promise<void>((resolve) => {
        const req = request({
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        });
        req.on('error', () => resolve());
        req.on('response', (res) => res.resume());
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = () => {
          while (sent < limit && !req.destroyed) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (sent >= limit) req.end(() => resolve());
        };
        pump();
      });
      assert.ok(sent < 20 * 1024 * 1024, `the client could send ${sent} bytes`);
      assert.equal((await s.gql('{ me { id } }')).data.me.id, 'admin', 'the server carries on');
    } finally {
      await s.close();
    }
  });
});
