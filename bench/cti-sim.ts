/**
 * `npm run cti:sim`: a telephony switch in a box. It drives a running Crossdesk server with Poisson call
 * arrivals and exponential handle times, so blending and the board's figures can be watched without a
 * switch. It drives only its own simulated agents (`--agents`, default the demo floor lena, omar and
 * yuki; missing ones are created with one voice slot): it logs them in, answers the calls Crossdesk
 * offers them, ends each call after an exponential handle time and ends their wrap-up. A real agent
 * (say the demo user `agent` at the desktop) may take a call too: the simulator then reports the pick-up
 * (CALL_ANSWERED) and the caller hangs up after the handle time, but it never answers, rejects or ends
 * wrap-up for anyone but its own agents. Callers wait at most `--patience` seconds, then abandon.
 * Offers of other work to its agents are declined, so they never go AWAY for missed offers.
 *
 * When it stops (end of `--minutes`, Ctrl-C, SIGTERM) it hangs up every call it made (answered calls end
 * normally, waiting ones are abandoned) and logs its agents out, so nobody stays "on a call".
 *
 * Call control: with --commands PORT it also listens for Crossdesk's signed `call.command` webhooks (start
 * the server with CROSSDESK_CTI_COMMAND_URL=http://127.0.0.1:PORT/commands and the same CROSSDESK_CTI_SECRET)
 * and answers each as a switch would, with the CTI event that confirms it: HANG_UP with CALL_ENDED, HOLD
 * with CALL_HELD, UNHOLD with CALL_RESUMED, TRANSFER with CALL_TRANSFERRED and the transferred leg offered
 * again (a new call id) to the target queue. So hang-up, hold and transfer work from the desktop.
 *
 * It needs the admin token: start the server with CROSSDESK_ADMIN_TOKEN=<secret> and run
 *
 *   CROSSDESK_ADMIN_TOKEN=<secret> npm run cti:sim -- --url http://localhost:3000 \
 *     --queue hotline --calls-per-hour 120 --aht 180 --wrap-up 15 --patience 90 --minutes 30 --speed 10
 *
 * (or pass --token). With --secret (or CROSSDESK_CTI_SECRET) events go through the signed webhook
 * POST /cti/events, otherwise through the ctiEvent mutation. --speed compresses time (10 = ten simulated
 * seconds per real second); the server's own clock is not changed, so keep it modest.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { signCtiBody } from '../engine/desk/cti/signature.ts';
import { listenForCommands, type CommandRequest } from './cti-sim-commands.ts';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
    queue: { type: 'string', default: 'hotline' },
    agents: { type: 'string', default: 'lena,omar,yuki' },
    'calls-per-hour': { type: 'string', default: '120' },
    aht: { type: 'string', default: '180' },
    'wrap-up': { type: 'string', default: '15' },
    patience: { type: 'string', default: '90' },
    minutes: { type: 'string', default: '30' },
    speed: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    commands: { type: 'string' },
  },
});
const config = loadConfig();
const url = args.url ?? `http://localhost:${config.port}`;
const token = args.token ?? config.adminToken;
const secret = args.secret ?? config.ctiSecret;
const queue = args.queue as string;
const own = new Set(
  (args.agents as string)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean),
);
const perHour = Number(args['calls-per-hour']);
const aht = Number(args.aht);
const wrapUp = Number(args['wrap-up']);
const patience = Number(args.patience);
const speed = Number(args.speed);
const endAt = Date.now() + (Number(args.minutes) * 60_000) / speed;
const HOW =
  'start the server with CROSSDESK_ADMIN_TOKEN=<secret> and run the simulator with the same CROSSDESK_ADMIN_TOKEN (or --token <secret>); see README "Universal queue"';
if (!token) {
  console.error(`cti:sim needs the admin token: ${HOW}`);
  process.exit(2);
}

// State of the run: the calls it made, its wait between polls, and whether it is stopping.
const calls = new Map<string, { offeredAt: number; agentId: string | null; ended: boolean; talking: boolean }>();
const loggedIn = new Set<string>();
const stopping = new AbortController();
const stats = { offered: 0, answered: 0, abandoned: 0, withinTarget: 0, waits: [] as number[] };
let eventSeq = 0;
let seed = Number(args.seed) >>> 0;
let target = 20;

const uniform = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) + 1) / 2 ** 32;
const exponential = (mean: number) => -Math.log(uniform()) * mean;
/** Sleeps `simSeconds` of simulated time; resolves at once when the simulator stops (or has stopped). */
const sleep = (simSeconds: number) =>
  new Promise<void>((resolve) => {
    if (stopping.signal.aborted) return resolve();
    const done = () => {
      clearTimeout(handle);
      stopping.signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = setTimeout(done, (simSeconds * 1000) / speed);
    stopping.signal.addEventListener('abort', done, { once: true });
  });

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: any; errors?: any[] };
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
    throw new Error(`the server refused the token: ${HOW}`);
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function cti(event: Record<string, unknown>): Promise<void> {
  const full = { eventId: `sim-${process.pid}-${++eventSeq}`, at: new Date().toISOString(), ...event };
  if (!secret)
    return void (await gql('mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome } }', {
      input: full,
    }));
  const body = JSON.stringify(full);
  const timestamp = Date.now();
  const res = await fetch(`${url}/cti/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-crossdesk-timestamp': String(timestamp),
      'x-crossdesk-signature': signCtiBody(secret, timestamp, body),
    },
    body,
  });
  if (!res.ok) throw new Error(`CTI webhook answered ${res.status}: ${await res.text()}`);
}

/** Creates the simulated agents that do not exist yet (one voice slot, no other work) and logs them all in. */
async function logIn(): Promise<void> {
  const { agents } = await gql('{ agents { id } }');
  const known = new Set(agents.map((a: any) => a.id));
  for (const id of own) {
    if (!known.has(id))
      await gql('mutation($i: AgentInput!) { upsertAgent(input: $i) { id } }', {
        i: { id, name: `Simulated ${id}`, capacity: { VOICE: 1, CHAT: 0, EMAIL: 0, BACKOFFICE: 0, total: 1 } },
      });
    loggedIn.add(id);
    await cti({ type: 'AGENT_LOGIN', agentId: id });
    await cti({ type: 'AGENT_READY', agentId: id });
  }
}

/** Offers a new call to the queue. */
async function offerCall(n: number): Promise<void> {
  const callId = `sim-${process.pid}-call-${n}`;
  calls.set(callId, { offeredAt: Date.now(), agentId: null, ended: false, talking: false });
  await cti({ type: 'CALL_OFFERED', callId, queue, customer: { phone: `+49301234${String(n).padStart(4, '0')}` } });
  stats.offered += 1;
}

/** The caller talks for a handle time, then hangs up; its own agent also ends wrap-up. */
async function talk(callId: string, agentId: string): Promise<void> {
  await sleep(exponential(aht));
  if (stopping.signal.aborted) return;
  await hangUp(callId);
  if (!own.has(agentId)) return;
  await sleep(wrapUp);
  if (!stopping.signal.aborted) await cti({ type: 'WRAP_UP_ENDED', agentId });
}

/** A call command from the desktop, confirmed as the switch would (see bench/cti-sim-commands.ts). */
async function obey(c: CommandRequest): Promise<void> {
  const call = calls.get(c.callId);
  if (c.command === 'HOLD') return cti({ type: 'CALL_HELD', callId: c.callId });
  if (c.command === 'UNHOLD') return cti({ type: 'CALL_RESUMED', callId: c.callId });
  if (call) call.ended = true;
  if (c.command === 'HANG_UP') return cti({ type: 'CALL_ENDED', callId: c.callId, agentId: c.agentId });
  await cti({ type: 'CALL_TRANSFERRED', callId: c.callId, agentId: c.agentId, queue: c.target });
  const leg = `${c.callId}-t${++eventSeq}`;
  calls.set(leg, { offeredAt: Date.now(), agentId: null, ended: false, talking: false });
  await cti({ type: 'CALL_OFFERED', callId: leg, queue: c.target ?? queue });
}

/** Ends a call the simulator made: an answered call completes, a waiting one is abandoned. */
async function hangUp(callId: string): Promise<void> {
  const call = calls.get(callId);
  if (!call || call.ended) return;
  call.ended = true;
  await cti({ type: 'CALL_ENDED', callId, ...(call.talking ? { agentId: call.agentId } : {}) });
  if (!call.talking) stats.abandoned += 1;
}

/** One look at the server: answer what was offered to our agents, report pick-ups by real agents, abandon the impatient. */
async function poll(): Promise<void> {
  const { tasks } = await gql(
    'query($q: String) { tasks(filter: { queue: $q, states: [QUEUED, RESERVED, ASSIGNED] }, first: 200) { edges { node { callId state assignee { id } reservation { agent { id } } } } } }',
    { q: queue },
  );
  const byCall = new Map(tasks.edges.map((e: any) => [e.node.callId, e.node]));
  for (const [callId, call] of calls) {
    if (call.ended || call.talking) continue;
    const waited = ((Date.now() - call.offeredAt) * speed) / 1000;
    const task: any = byCall.get(callId);
    const offeredTo = task?.state === 'RESERVED' ? task.reservation?.agent.id : null;
    const takenBy = task?.state === 'ASSIGNED' ? task.assignee?.id : null;
    const agentId = (offeredTo && own.has(offeredTo) ? offeredTo : null) ?? takenBy;
    if (agentId) {
      Object.assign(call, { talking: true, agentId });
      await cti({ type: 'CALL_ANSWERED', callId, agentId });
      stats.answered += 1;
      stats.waits.push(waited);
      if (waited <= target) stats.withinTarget += 1;
      void talk(callId, agentId).catch((err) => console.error(`${callId}: ${err.message}`));
    } else if (waited > patience) await hangUp(callId);
  }
  await declineOtherWork();
}

/** Our agents only take calls: offers of other work are declined at once, so they never count as missed. */
async function declineOtherWork(): Promise<void> {
  const fields = [...own].map(
    (id, i) => `a${i}: agent(id: ${JSON.stringify(id)}) { reservations { id task { kind } } }`,
  );
  const data = await gql(`{ ${fields.join(' ')} }`);
  for (const agent of Object.values(data) as any[])
    for (const r of agent?.reservations ?? [])
      if (r.task.kind !== 'CALL')
        await gql(
          'mutation($id: ID!) { rejectReservation(id: $id, reason: "simulated agent takes calls only") { id } }',
          {
            id: r.id,
          },
        ).catch(() => undefined);
}

async function report(): Promise<void> {
  const { queues } = await gql(
    '{ queues { name channel stats { waiting assigned paused serviceLevelPercent abandonedToday estimatedWaitSeconds requiredAgents } } }',
  );
  const mean = stats.waits.length ? stats.waits.reduce((a, b) => a + b, 0) / stats.waits.length : 0;
  console.log(
    `calls offered ${stats.offered}, answered ${stats.answered}, abandoned ${stats.abandoned}, mean wait ${mean.toFixed(1)} s, answered within ${target} s ${stats.answered ? ((100 * stats.withinTarget) / stats.answered).toFixed(0) : '-'}%`,
  );
  for (const q of queues)
    console.log(
      `  ${q.name.padEnd(16)} ${q.channel.padEnd(10)} waiting ${q.stats.waiting} assigned ${q.stats.assigned} paused ${q.stats.paused} SL ${q.stats.serviceLevelPercent ?? '-'}% abandoned ${q.stats.abandonedToday} EWT ${q.stats.estimatedWaitSeconds ?? '-'} s needs ${q.stats.requiredAgents ?? '-'} agents`,
    );
}

/** Hangs up every call still open and logs our agents out. */
async function cleanUp(): Promise<void> {
  stopping.abort();
  // A few at a time: a long run leaves many calls waiting, and stopping should not take long.
  const open = [...calls.keys()];
  const worker = async () => {
    for (let callId = open.shift(); callId; callId = open.shift())
      await hangUp(callId).catch((err) => console.error(`${callId}: ${err.message}`));
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  let out = 0;
  for (const agentId of loggedIn)
    await cti({ type: 'AGENT_LOGOUT', agentId }).then(
      () => (out += 1),
      () => undefined,
    );
  console.log(`hung up ${[...calls.values()].filter((c) => c.ended).length} calls, logged out ${out} agents`);
}

async function run(): Promise<void> {
  const { queue: settings } = await gql('query($q: String!) { queue(name: $q) { slaSeconds } }', { q: queue });
  target = settings?.slaSeconds ?? target;
  if (args.commands) {
    const { url: commandUrl, server } = await listenForCommands({
      port: Number(args.commands),
      secret,
      onCommand: obey,
      onError: (err) => console.error(`call.command: ${err.message}`),
    });
    stopping.signal.addEventListener('abort', () => (server.close(), server.closeAllConnections()), { once: true });
    console.log(`listening for call commands on ${commandUrl} (CROSSDESK_CTI_COMMAND_URL)`);
  }
  await logIn();
  console.log(
    `logged in ${own.size} simulated agents (${[...own].join(', ')}); ${perHour} calls/hour into ${queue}, AHT ${aht} s, speed ${speed}x`,
  );
  const reporter = setInterval(() => void report().catch((err) => console.error(String(err))), 60_000 / speed);
  const poller = (async () => {
    while (!stopping.signal.aborted) {
      await poll().catch((err) => console.error(`poll: ${err.message}`));
      // Once a simulated second, but not more often than five times a real second.
      await sleep(Math.max(1, 0.2 * speed));
    }
  })();
  let next = Date.now() + (exponential(3600 / perHour) * 1000) / speed;
  for (let n = 1; !stopping.signal.aborted && next < endAt; n++) {
    await sleep(((next - Date.now()) * speed) / 1000);
    if (stopping.signal.aborted) break;
    await offerCall(n).catch((err) => console.error(`call ${n}: ${err.message}`));
    next += (exponential(3600 / perHour) * 1000) / speed;
  }
  // Arrivals are over: let the calls in progress finish, unless told to stop.
  while (!stopping.signal.aborted && [...calls.values()].some((c) => !c.ended)) await sleep(1);
  clearInterval(reporter);
  stopping.abort();
  await poller;
}

let signals = 0;
const stop = () => {
  if (++signals > 1) process.exit(130);
  console.log('stopping: hanging up the simulated calls');
  stopping.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await run();
  await cleanUp();
  await report().catch(() => undefined);
} catch (err) {
  console.error(`cti:sim: ${(err as Error).message}`);
  await cleanUp().catch(() => undefined);
  process.exitCode = 1;
}
