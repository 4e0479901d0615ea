import { strict as assert } from 'node:assert';
import { lookup as dnsLookup } from 'node:dns';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import {
  listIncidents,
  makeBuiltinWorker,
  makeHttpHandler,
  type BuiltinWorker,
  type ServiceHandler,
} from '../../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openElementIds, reload, start } from '../../../support/scenario.ts';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on a loopback address; `hits` counts the requests that reached it. */
async function serve(host: string, route: Route): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    route(req, res);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { server, port: (server.address() as AddressInfo).port, hits };
}

/**
 * Resolves the test's names the way DNS would (every other name as the system does), so a name
 * that resolves inside is exercised at the real connect, not by string matching on the URL.
 */
function resolver(names: Record<string, string>): { lookup: LookupFunction; asked: string[] } {
  const asked: string[] = [];
  const lookup: LookupFunction = (hostname, options, callback) => {
    asked.push(hostname);
    const address = names[hostname];
    if (!address) return dnsLookup(hostname, options, callback);
    const family = address.includes(':') ? 6 : 4;
    if (options.all) return callback(null, [{ address, family }]);
    callback(null, address, family);
  };
  return { lookup, asked };
}

describe('built-in http handler: outbound requests from models (SSRF)', function () {
  this.timeout(15_000);
  let t: TestEngine;
  let servers: Server[];
  const ok: Route = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"secret":"inside"}');
  };

  beforeEach(async () => {
    servers = [];
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'fetch-url.bpmn');
  });
  afterEach(async () => {
    await t.close();
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });

  const listen = async (host: string, route: Route = ok) => {
    const s = await serve(host, route);
    servers.push(s.server);
    return s;
  };
  const worker = (handler: ServiceHandler): BuiltinWorker => makeBuiltinWorker(t.ctx, { http: handler });

  /** Runs the fetch job once for `url`; returns the instance's incident message, or its variables. */
  async function fetchOnce(handler: ServiceHandler, url: string) {
    const instance = await start(t.ctx, 'fetch-url', { url });
    await worker(handler).runDue();
    const [incident] = await listIncidents(t.ctx, instance.id);
    return { incident: incident?.errorMessage ?? null, instance: await reload(t.ctx, instance.id), id: instance.id };
  }

  it('given a name that resolves to 127.0.0.1, then nothing connects and the job is an incident at once that says why', async () => {
    const inside = await listen('127.0.0.1');
    const { lookup, asked } = resolver({ 'shop.example': '127.0.0.1' });
    const { incident, instance } = await fetchOnce(
      makeHttpHandler({ lookup }),
      `http://shop.example:${inside.port}/orders/1`,
    );
    assert.deepEqual(inside.hits, [], 'the loopback server was never reached');
    assert.deepEqual(asked, ['shop.example'], 'checked on the resolved address, at connect time');
    assert.match(incident ?? 'no incident', /refused to connect to shop\.example \(127\.0\.0\.1\): loopback address/);
    assert.equal(instance.variables.httpBody, undefined);
  });

  it('given a name that resolves to ::1, then it is refused as loopback', async () => {
    const inside = await listen('::1');
    const { lookup } = resolver({ 'six.example': '::1' });
    const { incident } = await fetchOnce(makeHttpHandler({ lookup }), `http://six.example:${inside.port}/`);
    assert.deepEqual(inside.hits, []);
    assert.match(incident ?? 'no incident', /six\.example \(::1\): loopback address/);
  });

  it('given a name that resolves to the cloud metadata address 169.254.169.254, then it is refused as link-local', async () => {
    const { lookup, asked } = resolver({ 'metadata.example': '169.254.169.254' });
    const { incident } = await fetchOnce(makeHttpHandler({ lookup }), 'http://metadata.example/latest/meta-data/');
    assert.deepEqual(asked, ['metadata.example']);
    assert.match(incident ?? 'no incident', /\(169\.254\.169\.254\): linkLocal address/);
  });

  it('given IPv4-mapped IPv6, private, unique-local and unspecified addresses, then each is refused', async () => {
    const inside = await listen('127.0.0.1');
    const { lookup } = resolver({ 'ten.example': '10.1.2.3', 'ula.example': 'fd12::1', 'zero.example': '0.0.0.0' });
    const handler = makeHttpHandler({ lookup });
    const cases: [string, RegExp][] = [
      [`http://[::ffff:127.0.0.1]:${inside.port}/`, /::ffff:7f00:1: ipv4Mapped address/],
      [`http://[::ffff:7f00:1]:${inside.port}/`, /ipv4Mapped address/],
      [`http://127.0.0.1:${inside.port}/`, /127\.0\.0\.1: loopback address/],
      [`http://localhost:${inside.port}/`, /localhost \((127\.0\.0\.1|::1)\): loopback address/],
      ['http://ten.example/', /\(10\.1\.2\.3\): private address/],
      ['http://ula.example/', /\(fd12::1\): uniqueLocal address/],
      [`http://zero.example:${inside.port}/`, /\(0\.0\.0\.0\): unspecified address/],
    ];
    for (const [url, reason] of cases) {
      const { incident } = await fetchOnce(handler, url);
      assert.match(incident ?? `no incident for ${url}`, reason, url);
    }
    assert.deepEqual(inside.hits, []);
  });

  it('given an allowed host that redirects to a forbidden one, then the hop is refused and the inside server is never reached', async () => {
    const inside = await listen('127.0.0.1');
    const shop = await listen('127.0.0.1', (req, res) => {
      const to =
        req.url === '/by-name'
          ? `http://inside.example:${inside.port}/secret`
          : `http://127.0.0.1:${inside.port}/secret`;
      res.writeHead(302, { location: to });
      res.end();
    });
    const { lookup } = resolver({ 'shop.example': '127.0.0.1', 'inside.example': '127.0.0.1' });
    const handler = makeHttpHandler({ lookup, allow: ['shop.example'] });
    const literal = await fetchOnce(handler, `http://shop.example:${shop.port}/by-address`);
    assert.match(literal.incident ?? 'no incident', /refused to connect to 127\.0\.0\.1: loopback address/);
    const named = await fetchOnce(handler, `http://shop.example:${shop.port}/by-name`);
    assert.match(named.incident ?? 'no incident', /inside\.example \(127\.0\.0\.1\): loopback address/);
    assert.deepEqual(shop.hits, ['/by-address', '/by-name'], 'the allowed host was asked');
    assert.deepEqual(inside.hits, [], 'no redirect reached inside');
  });

  it('given CROSSDESK_HTTP_ALLOW names a loopback range, then the loopback server answers and the process goes on', async () => {
    const shop = await listen('127.0.0.1');
    const { incident, instance, id } = await fetchOnce(
      makeHttpHandler({ allow: ['127.0.0.0/8'] }),
      `http://127.0.0.1:${shop.port}/orders/2`,
    );
    assert.equal(incident, null);
    assert.deepEqual(instance.variables.httpBody, { secret: 'inside' });
    assert.deepEqual(await openElementIds(t.ctx, id), ['use']);
    assert.deepEqual(shop.hits, ['/orders/2']);
  });

  it('given redirects, then at most 5 are followed, each hop re-checked, and a sixth is an incident', async () => {
    const hops = await listen('127.0.0.1', (req, res) => {
      const n = Number(req.url?.slice(1));
      if (n >= 8) return ok(req, res);
      res.writeHead(307, { location: `/${n + 1}` });
      res.end();
    });
    const handler = makeHttpHandler({ allow: ['127.0.0.1'] });
    const five = await fetchOnce(handler, `http://127.0.0.1:${hops.port}/3`);
    assert.equal(five.incident, null, 'five redirects are followed');
    assert.deepEqual(five.instance.variables.httpBody, { secret: 'inside' });
    hops.hits.length = 0;
    const six = await fetchOnce(handler, `http://127.0.0.1:${hops.port}/2`);
    assert.match(six.incident ?? 'no incident', /more than 5 redirects/);
    assert.equal(hops.hits.length, 6);
  });

  it('given an endless body, then reading stops past CROSSDESK_HTTP_MAX_BYTES and the incident says why', async () => {
    let written = 0;
    const endless = await listen('127.0.0.1', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const started = Date.now();
    const { incident, instance } = await fetchOnce(
      makeHttpHandler({ allow: ['127.0.0.1'], maxBytes: 100_000 }),
      `http://127.0.0.1:${endless.port}/`,
    );
    assert.match(incident ?? 'no incident', /http: response body over 100000 bytes \(CROSSDESK_HTTP_MAX_BYTES\)/);
    assert.equal(instance.variables.httpBody, undefined);
    assert.ok(Date.now() - started < 5_000, 'failed at once, not at the timeout');
    assert.ok(written < 10_000_000, `stopped reading early (${written} bytes written)`);
  });

  it('given a body of exactly the cap, then it is read; one byte more and a declared length over it are refused', async () => {
    const sized = await listen('127.0.0.1', (req, res) => {
      const size = Number(req.url?.slice(1));
      res.writeHead(200, req.url === '/declared' ? { 'content-length': '5000' } : {});
      res.end(req.url === '/declared' ? 'x'.repeat(5000) : 'y'.repeat(size));
    });
    const handler = makeHttpHandler({ allow: ['127.0.0.1'], maxBytes: 1000 });
    assert.equal(
      (await fetchOnce(handler, `http://127.0.0.1:${sized.port}/1000`)).instance.variables.httpBody,
      'y'.repeat(1000),
    );
    assert.match((await fetchOnce(handler, `http://127.0.0.1:${sized.port}/1001`)).incident ?? '', /over 1000 bytes/);
    assert.match(
      (await fetchOnce(handler, `http://127.0.0.1:${sized.port}/declared`)).incident ?? '',
      /over 1000 bytes/,
    );
  });
});
