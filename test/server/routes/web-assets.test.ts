import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Koa from 'koa';
import { fileURLToPath } from 'node:url';
import { serveWebApp, WEB_DIST } from '../../../server/routes/index.ts';

describe('HTTP: the built web app', () => {
  let dist: string;
  let server: Server;
  let url: string;
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'crossdesk-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
    const app = new Koa();
    app.use(async (ctx, next) => (serveWebApp(ctx, dist + '/') ? undefined : next()));
    server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed assets with their type and a year of caching, and index.html at / without caching', async () => {
    const js = await fetch(`${url}/assets/index-abc.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /text\/javascript/);
    assert.match(js.headers.get('cache-control')!, /immutable/);
    const index = await fetch(`${url}/`);
    assert.equal(await index.text(), '<!doctype html><title>app</title>');
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    for (const res of [js, index]) {
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self';/);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  it('answers page loads of any path with index.html (deep links), but a missing file or a non-page request with 404', async () => {
    const deep = await fetch(`${url}/inbox/anything`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    assert.equal(await deep.text(), '<!doctype html><title>app</title>');
    assert.equal((await fetch(`${url}/assets/missing.js`, { headers: { accept: 'text/html' } })).status, 404);
    assert.equal((await fetch(`${url}/inbox`, { headers: { accept: 'application/json' } })).status, 404);
    assert.equal(
      (await fetch(`${url}/graphql-like`, { method: 'POST', headers: { accept: 'text/html' } })).status,
      404,
    );
  });

  it('never serves a file outside web/dist, however the path is encoded', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/assets/%2e%2e%2f%2e%2e%2foutside.txt',
      '/%E0%A4%A',
    ]) {
      const res = await fetch(`${url}${path}`);
      assert.notEqual(await res.text(), 'secret', path);
      assert.equal(res.status, 404, path);
    }
  });

  it('looks for the built app in web/dist at the top of the repository (dist/web/dist once compiled)', () => {
    assert.equal(WEB_DIST, fileURLToPath(new URL('../../../web/dist/', import.meta.url)));
  });
});
