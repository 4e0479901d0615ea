import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { loadConfig } from '../../config.ts';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  saveUser,
} from '../../engine/index.ts';
import { StartRefusedError, startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';
import { codeOf } from './http-helpers.ts';

/** An address of this machine that is not loopback (undefined on a machine without one). */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/** True when a TCP connection to address:port is accepted. */
const reachable = (address: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const post = async (server: RunningServer, query: string, variables: Record<string, unknown> = {}) =>
  (await (
    await fetch(`${server.url.replace('localhost', '127.0.0.1')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { data?: any; errors?: any[] };

const SIGN_IN = 'mutation($u: ID!) { signIn(userId: $u, password: "demo") { token } }';

describe('demo users and production defaults at start', () => {
  let testDb: TestDb;
  let server: RunningServer | undefined;
  let logged: { level: string; msg: string }[];
  /** Starts a server over the test's database with these settings (no HOST unless given). */
  const start = async (env: Record<string, string>) => {
    await server?.close();
    server = undefined;
    logged = [];
    const logger = makeLogger('info', (line) => logged.push(JSON.parse(line)));
    const config = loadConfig({ PORT: '0', CROSSDESK_DEMO: 'false', ...env });
    server = await startServer(config, testDb.db, { keepDb: true, logger });
    return server;
  };
  /** The demo users alone, as a demo seed leaves them (quicker than seeding processes too). */
  const seedDemoUsers = async () => {
    const ctx = makeEngineContext({ db: testDb.db, clock: makeSystemClock(), logger: makeLogger('silent') });
    for (const user of DEMO_USERS) await saveUser(ctx, null, { ...user, password: DEMO_PASSWORD });
  };
  const warnings = () => logged.filter((l) => l.level === 'warn').map((l) => l.msg);
  beforeEach(async () => {
    testDb = await makeTestDb();
    server = undefined;
  });
  afterEach(async () => {
    await server?.close();
    await testDb.destroy();
  });

  it('warns and listens on 127.0.0.1 while demo users exist, also after a restart with CROSSDESK_DEMO=false', async () => {
    for (const demo of ['true', 'false']) {
      const s = await start({ CROSSDESK_DEMO: demo });
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/, `CROSSDESK_DEMO=${demo}`);
      const [warning] = warnings();
      assert.match(
        warning ?? '',
        /DEMO USERS: demo users \(designer, expert, agent, supervisor\) can sign in with the password "demo"/,
      );
      assert.match(warning, /listening on 127\.0\.0\.1 only.*npm run admin -- remove-demo-users/);
      if (outside)
        assert.equal(await reachable(outside, Number(new URL(s.url).port)), false, `not reachable on ${outside}`);
      assert.ok((await post(s, SIGN_IN, { u: 'designer' })).data?.signIn.token, 'the demo still works');
    }
  });

  it('listens on every interface without demo users, and on HOST when it is set', async () => {
    const plain = await start({});
    assert.match(plain.url, /^http:\/\/localhost:\d+$/, 'bound to 0.0.0.0');
    assert.deepEqual(warnings(), []);
    if (outside) assert.equal(await reachable(outside, Number(new URL(plain.url).port)), true);
    await seedDemoUsers();
    const demo = await start({ HOST: '0.0.0.0' });
    assert.match(demo.url, /^http:\/\/localhost:\d+$/, 'HOST wins over the demo default');
    assert.match(warnings()[0] ?? '', /HOST=0\.0\.0\.0 is set, so others can reach them/);
  });

  it('refuses to start under NODE_ENV=production while demo users exist, unless CROSSDESK_DEMO=true says so', async () => {
    await seedDemoUsers();
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', CROSSDESK_DEMO: 'false' }] as Record<
      string,
      string
    >[])
      await assert.rejects(start(env), (err: Error) => {
        assert.ok(err instanceof StartRefusedError, String(err));
        assert.match(
          err.message,
          /refusing to start under NODE_ENV=production: demo users \(designer, expert, agent, supervisor\)/,
        );
        assert.match(err.message, /npm run admin -- remove-demo-users.*CROSSDESK_DEMO=true/);
        return true;
      });
    const s = await start({ NODE_ENV: 'production', CROSSDESK_DEMO: 'true' });
    assert.match(s.url, /127\.0\.0\.1/);
    assert.match(warnings()[0] ?? '', /DEMO USERS/);
  });

  it('seeds nothing under NODE_ENV=production by default, and starts on every interface', async () => {
    const s = await start({ NODE_ENV: 'production', CROSSDESK_DEMO: '' });
    assert.match(s.url, /localhost/);
    assert.deepEqual(warnings(), []);
    assert.equal(codeOf(await post(s, SIGN_IN, { u: 'designer' })), 'UNAUTHENTICATED');
  });

  it('serves GraphiQL and introspection outside production, neither under it unless CROSSDESK_GRAPHIQL=true', async () => {
    const page = async (s: RunningServer) =>
      (await fetch(`${s.url.replace('localhost', '127.0.0.1')}/graphql`, { headers: { accept: 'text/html' } })).text();
    const asset = async (s: RunningServer) =>
      (await fetch(`${s.url.replace('localhost', '127.0.0.1')}/graphiql/start.js`)).status;
    const INTROSPECT = '{ __schema { queryType { name } } }';

    const dev = await start({ HOST: '127.0.0.1' });
    assert.match(await page(dev), /Crossdesk GraphiQL/);
    assert.equal(await asset(dev), 200);
    assert.deepEqual((await post(dev, INTROSPECT)).data, { __schema: { queryType: { name: 'Query' } } });

    const prod = await start({ HOST: '127.0.0.1', NODE_ENV: 'production' });
    assert.doesNotMatch(await page(prod), /GraphiQL/);
    assert.equal(await asset(prod), 404);
    const refused = await post(prod, INTROSPECT);
    assert.equal(codeOf(refused), 'GRAPHQL_VALIDATION_FAILED', JSON.stringify(refused));
    assert.match(refused.errors![0].message, /introspection has been disabled/);
    assert.equal(codeOf(await post(prod, '{ __type(name: "Task") { name } }')), 'GRAPHQL_VALIDATION_FAILED');
    assert.deepEqual((await post(prod, '{ __typename }')).data, { __typename: 'Query' });

    const enabled = await start({ HOST: '127.0.0.1', NODE_ENV: 'production', CROSSDESK_GRAPHIQL: 'true' });
    assert.match(await page(enabled), /Crossdesk GraphiQL/);
    assert.ok((await post(enabled, INTROSPECT)).data?.__schema);
  });

  it('reads the new settings strictly', () => {
    assert.throws(() => loadConfig({ CROSSDESK_GRAPHIQL: 'maybe' }), /CROSSDESK_GRAPHIQL must be true or false/);
    const prod = loadConfig({ NODE_ENV: 'production' });
    assert.deepEqual([prod.demo, prod.demoExplicit, prod.graphiql, prod.host], [false, false, false, undefined]);
    const dev = loadConfig({});
    assert.deepEqual([dev.demo, dev.demoExplicit, dev.graphiql], [true, false, true]);
    assert.equal(loadConfig({ CROSSDESK_DEMO: 'true' }).demoExplicit, true);
  });
});
