import { strict as assert } from 'node:assert';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('GraphQL: GraphiQL served from the package', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());

  it('serves a page that references no other host and no inline script, and every asset it names', async () => {
    const res = await fetch(`${s.server.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const page = await res.text();
    assert.ok(page.length < 5_000, `a small shell (${page.length} bytes), not the bundle inlined`);
    assert.doesNotMatch(page, /https?:|\/\/[a-z0-9.-]+\.[a-z]{2,}/i, 'no absolute URL of any host');
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts)
      assert.ok(/src="/.test(attributes) || /type="application\/json"/.test(attributes), `inline script: ${body}`);
    const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(references.sort(), [
      '/graphiql/favicon.ico',
      '/graphiql/graphiql.css',
      '/graphiql/graphiql.js',
      '/graphiql/start.js',
    ]);
    for (const path of references) {
      const asset = await fetch(`${s.server.url}${path}`);
      assert.equal(asset.status, 200, path);
      assert.ok((await asset.arrayBuffer()).byteLength > 100, `${path} has content`);
    }
  });

  it('serves the editor workers that start.js names, gzipped on request, and nothing else under /graphiql/', async () => {
    const start = await (await fetch(`${s.server.url}/graphiql/start.js`)).text();
    const workers = [...start.matchAll(/'([a-z]+\.worker\.js)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(workers, ['editor.worker.js', 'graphql.worker.js', 'json.worker.js']);
    for (const worker of workers) {
      const res = await fetch(`${s.server.url}/graphiql/${worker}`);
      assert.equal(res.status, 200, worker);
      assert.match(res.headers.get('content-type') ?? '', /javascript/);
    }
    const { request } = await import('node:http');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      const req = request(`${s.server.url}/graphiql/graphiql.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
      req.on('error', reject).end();
    });
    assert.equal(raw.encoding, 'gzip');
    assert.match(gunzipSync(raw.body).subarray(0, 200).toString(), /YogaGraphiQL/);
    assert.ok(raw.body.length < 2_500_000, `gzipped bundle ${raw.body.length} bytes`);
    for (const path of ['/graphiql/', '/graphiql/package.json', '/graphiql/../config.ts', '/graphiql/constructor'])
      assert.equal((await fetch(`${s.server.url}${path}`)).status, 404, path);
  });
});
