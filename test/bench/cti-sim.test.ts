import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const root = new URL('../../', import.meta.url);

/** A port nobody listens on now (the simulator's command listener takes it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs `npm run cti:sim`'s script as its own process, as a developer would. */
function runSim(args: string[], env: Record<string, string | undefined> = {}) {
  const { CROSSDESK_CTI_SECRET: _secret, CROSSDESK_ADMIN_TOKEN: _token, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/cti-sim.ts', ...args], {
    cwd: root,
    env: { ...rest, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 40_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm run cti:sim (bench/cti-sim.ts)', function () {
  this.timeout(120_000);
  let s: TestServer;

  beforeEach(async () => {
    s = await startTestServer();
    await s.gql('mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20 }) { name } }');
  });
  afterEach(() => s.close());

  it('says which token it needs, in the README and when it is missing', async () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const paragraph = readme.split('\n\n').find((p) => p.includes('npm run cti:sim')) ?? '';
    assert.match(paragraph, /CROSSDESK_ADMIN_TOKEN/, 'the README paragraph on cti:sim names the token');
    const sim = runSim(['--url', s.server.url]);
    assert.equal(await sim.exited, 2);
    assert.match(sim.output(), /CROSSDESK_ADMIN_TOKEN=<secret>/);
  });

  it('drives only its own agents, lets a real agent take a call, and hangs up every call when stopped', async () => {
    // The demo user "agent" is at the desk and free: the router may offer it a simulated call.
    await s.gql('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    const sim = runSim(
      [
        ...['--url', s.server.url, '--agents', 'sim-a,sim-b', '--speed', '10', '--minutes', '60'],
        ...['--calls-per-hour', '360', '--aht', '3000', '--patience', '6000'],
      ],
      { CROSSDESK_ADMIN_TOKEN: ADMIN_TOKEN },
    );
    try {
      // The human accepts the call offered at the desk; the simulator reports the pick-up.
      const offer = await until('an offer to the real agent', async () => {
        const { data } = await s.gql('{ agent(id: "agent") { reservations { id } } }', {}, { as: 'agent' });
        return data?.agent?.reservations?.[0];
      });
      await s.gql('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: offer.id }, { as: 'agent' });
      await until('calls answered by the simulated agents and by the real one', async () => {
        const { data } = await s.gql(
          '{ tasks(filter: { queue: "hotline", state: ASSIGNED }) { edges { node { answeredAt assignee { id } } } } }',
        );
        const by = (data?.tasks.edges ?? []).filter((e: any) => e.node.answeredAt).map((e: any) => e.node.assignee.id);
        return by.includes('agent') && by.some((id: string) => id.startsWith('sim-'));
      });
    } catch (err) {
      throw new Error(`${(err as Error).message}; the simulator said:\n${sim.output()}`);
    } finally {
      sim.child.kill('SIGINT');
    }
    const exit = await Promise.race([sim.exited, new Promise((r) => setTimeout(() => r('still running'), 45_000))]);
    assert.equal(exit, 0, sim.output());
    assert.match(sim.output(), /hung up \d+ calls, logged out 2 agents/);

    const db = s.server.engine.db;
    const open = await db('tasks').whereNotNull('call_id').whereIn('state', ['QUEUED', 'RESERVED', 'ASSIGNED']);
    assert.deepEqual(open, [], 'no call is left open');
    const { data } = await s.gql('{ agents { id presence name } }');
    const presence = Object.fromEntries(data.agents.map((a: any) => [a.id, a.presence]));
    assert.equal(presence.agent, 'WRAP_UP', 'the real agent is wrapping up its ended call, not on it');
    assert.deepEqual([presence['sim-a'], presence['sim-b']], ['OFFLINE', 'OFFLINE']);
    assert.equal(data.agents.find((a: any) => a.id === 'sim-a').name, 'Simulated sim-a');
    const agentEvents = await db('cti_events').whereLike('type', 'AGENT_%').orWhere('type', 'WRAP_UP_ENDED');
    assert.deepEqual(
      [...new Set(agentEvents.map((e: any) => e.agent_id))].sort(),
      ['sim-a', 'sim-b'],
      'presence events only for its own agents',
    );
  });

  it('answers call commands from the desktop as a switch: hang-up from the agent ends the call with CALL_ENDED', async () => {
    const port = await freePort();
    await s.close();
    s = await startTestServer({
      CROSSDESK_CTI_SECRET: 'sim-secret',
      CROSSDESK_CTI_COMMAND_URL: `http://127.0.0.1:${port}/commands`,
    });
    await s.gql('mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20 }) { name } }');
    await s.gql('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    const sim = runSim(
      [
        ...['--url', s.server.url, '--agents', 'sim-c', '--speed', '10', '--minutes', '60', '--commands', String(port)],
        ...['--calls-per-hour', '360', '--aht', '30000', '--patience', '60000', '--secret', 'sim-secret'],
      ],
      { CROSSDESK_ADMIN_TOKEN: ADMIN_TOKEN },
    );
    try {
      const offer = await until('an offer to the real agent', async () => {
        const { data } = await s.gql('{ agent(id: "agent") { reservations { id task { id } } } }', {}, { as: 'agent' });
        return data?.agent?.reservations?.[0];
      });
      await s.gql('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: offer.id }, { as: 'agent' });
      const task = (id: string) =>
        s.gql('query($id: ID!) { task(id: $id) { state answeredAt onHold } }', { id }, { as: 'agent' });
      await until('the pick-up reported', async () => (await task(offer.task.id)).data?.task.answeredAt);
      const command = 'mutation($id: ID!, $c: CallCommand!) { callCommand(taskId: $id, command: $c) { id } }';
      await s.gql(command, { id: offer.task.id, c: 'HOLD' }, { as: 'agent' });
      await until('CALL_HELD from the simulator', async () => (await task(offer.task.id)).data?.task.onHold);
      await s.gql(command, { id: offer.task.id, c: 'HANG_UP' }, { as: 'agent' });
      await until(
        'CALL_ENDED from the simulator',
        async () => (await task(offer.task.id)).data?.task.state === 'COMPLETED',
      );
    } catch (err) {
      throw new Error(`${(err as Error).message}; the simulator said:\n${sim.output()}`);
    } finally {
      sim.child.kill('SIGINT');
    }
    assert.equal(await sim.exited, 0, sim.output());
    assert.match(sim.output(), /listening for call commands on http:\/\/127\.0\.0\.1:\d+\/commands/);
  });
});
