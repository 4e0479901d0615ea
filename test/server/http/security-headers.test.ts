import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../../support/server.ts';

/** Parses a Content-Security-Policy into directive -> sources. */
function csp(header: string | null): Record<string, string[]> {
  assert.ok(header, 'a Content-Security-Policy is sent');
  return Object.fromEntries(
    header.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('HTTP: security headers per route', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  const common = (res: Response) => {
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
  };

  it('serves the web app under a policy without inline script, eval or framing', async () => {
    for (const path of ['/', '/inbox/deep-link']) {
      const res = await fetch(`${s.server.url}${path}`, { headers: { accept: 'text/html' } });
      assert.equal(res.status, 200);
      common(res);
      const policy = csp(res.headers.get('content-security-policy'));
      assert.deepEqual(policy['script-src'], ["'self'"], 'no unsafe-inline, no unsafe-eval, no other host');
      assert.deepEqual(policy['frame-ancestors'], ["'none'"]);
      assert.deepEqual(policy['object-src'], ["'none'"]);
      assert.deepEqual(policy['base-uri'], ["'none'"]);
      assert.deepEqual(policy['connect-src'], ["'self'"]);
      assert.ok(!policy['img-src'].some((src) => /^https?:|^\*$/.test(src)), 'no images from elsewhere');
    }
  });

  it('gives GraphiQL its own policy on /graphql and /graphiql/ (editor workers), still unframed, and keeps API answers out of caches', async () => {
    const graphiql = await fetch(`${s.server.url}/graphql`, { headers: { accept: 'text/html' } });
    common(graphiql);
    const policy = csp(graphiql.headers.get('content-security-policy'));
    assert.deepEqual(policy['script-src'], ["'self'"], 'GraphiQL is served as files, no inline script');
    assert.deepEqual(policy['frame-ancestors'], ["'none'"]);
    assert.ok(policy['worker-src'].includes('blob:'), 'its editor may start workers');
    const asset = await fetch(`${s.server.url}/graphiql/graphiql.js`);
    assert.equal(asset.headers.get('content-security-policy'), graphiql.headers.get('content-security-policy'));
    const api = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    common(api);
    assert.equal(api.headers.get('cache-control'), 'no-store');
  });

  it('sends the same headers on the other routes (health, web forms, missing files)', async () => {
    for (const [path, init] of [
      ['/health', {}],
      ['/intake/none', { method: 'GET' }],
      ['/assets/missing.js', {}],
    ] as const) {
      const res = await fetch(`${s.server.url}${path}`, init);
      common(res);
      assert.deepEqual(csp(res.headers.get('content-security-policy'))['frame-ancestors'], ["'none'"], path);
    }
  });
});
