/**
 * `npm run cti:sim`: a telephony switch in a box. It drives a running Crossdesk server with Poisson call
 * arrivals and exponential handle times, so blending can be watched (and measured) without a switch:
 * it logs the voice-capable agents in, offers calls to a queue, answers each call as soon as Crossdesk
 * reserves an agent for it, ends it after an exponential handle time, ends wrap-up, and abandons calls
 * that wait too long. Every minute (simulated) it prints what happened and the server's queue figures.
 *
 *   CROSSDESK_ADMIN_TOKEN=... npm run cti:sim -- --url http://localhost:3000 \
 *     --queue hotline --calls-per-hour 120 --aht 180 --wrap-up 15 --patience 90 --minutes 30 --speed 10
 *
 * With --secret (or CROSSDESK_CTI_SECRET) events go through the signed webhook POST /cti/events,
 * otherwise through the ctiEvent mutation with the admin token. --speed compresses time (10 = ten
 * simulated seconds per real second); the server's own clock is not changed, so keep it modest.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { signCtiBody } from '../engine/cti/signature.ts';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
    queue: { type: 'string', default: 'hotline' },
    'calls-per-hour': { type: 'string', default: '120' },
    aht: { type: 'string', default: '180' },
    'wrap-up': { type: 'string', default: '15' },
    patience: { type: 'string', default: '90' },
    minutes: { type: 'string', default: '30' },
    speed: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  },
});
const config = loadConfig();
const url = args.url ?? `http://localhost:${config.port}`;
const token = args.token ?? config.adminToken;
const secret = args.secret ?? config.ctiSecret;
const perHour = Number(args['calls-per-hour']);
const aht = Number(args.aht);
const wrapUp = Number(args['wrap-up']);
const patience = Number(args.patience);
const speed = Number(args.speed);
const endAt = Date.now() + (Number(args.minutes) * 60_000) / speed;
if (!token)
  throw new Error('set CROSSDESK_ADMIN_TOKEN (or --token): the simulator reads agents and queues over GraphQL');

let seed = Number(args.seed) >>> 0;
const uniform = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) + 1) / 2 ** 32;
const exponential = (mean: number) => -Math.log(uniform()) * mean;
const sleep = (simSeconds: number) => new Promise((r) => setTimeout(r, (simSeconds * 1000) / speed));

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let eventSeq = 0;
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

const stats = { offered: 0, answered: 0, abandoned: 0, withinTarget: 0, waits: [] as number[] };

async function runCall(n: number): Promise<void> {
  const callId = `sim-${process.pid}-call-${n}`;
  const offeredAt = Date.now();
  await cti({
    type: 'CALL_OFFERED',
    callId,
    queue: args.queue,
    customer: { phone: `+49301234${String(n).padStart(4, '0')}` },
  });
  stats.offered += 1;
  for (;;) {
    const waited = ((Date.now() - offeredAt) * speed) / 1000;
    if (waited > patience) {
      await cti({ type: 'CALL_ENDED', callId });
      stats.abandoned += 1;
      return;
    }
    const { tasks } = await gql(
      'query($q: String) { tasks(filter: { queue: $q, states: [RESERVED] }, first: 200) { edges { node { callId reservation { agent { id } } } } } }',
      { q: args.queue },
    );
    const mine = tasks.edges.find((e: any) => e.node.callId === callId)?.node;
    if (mine?.reservation) {
      const agentId = mine.reservation.agent.id;
      await cti({ type: 'CALL_ANSWERED', callId, agentId });
      stats.answered += 1;
      stats.waits.push(waited);
      if (waited <= 20) stats.withinTarget += 1;
      await sleep(exponential(aht));
      await cti({ type: 'CALL_ENDED', callId, agentId });
      await sleep(wrapUp);
      await cti({ type: 'WRAP_UP_ENDED', agentId });
      return;
    }
    await sleep(1);
  }
}

async function report(): Promise<void> {
  const { queues } = await gql(
    '{ queues { name channel stats { waiting assigned paused serviceLevelPercent requiredAgents arrivalsPerHour } } }',
  );
  const mean = stats.waits.length ? stats.waits.reduce((a, b) => a + b, 0) / stats.waits.length : 0;
  console.log(
    `calls offered ${stats.offered}, answered ${stats.answered}, abandoned ${stats.abandoned}, mean wait ${mean.toFixed(1)} s, answered within 20 s ${stats.answered ? ((100 * stats.withinTarget) / stats.answered).toFixed(0) : '-'}%`,
  );
  for (const q of queues)
    console.log(
      `  ${q.name.padEnd(16)} ${q.channel.padEnd(10)} waiting ${q.stats.waiting} assigned ${q.stats.assigned} paused ${q.stats.paused} SL ${q.stats.serviceLevelPercent ?? '-'}% needs ${q.stats.requiredAgents ?? '-'} agents`,
    );
}

const { agents } = await gql('{ agents { id capacity { VOICE } } }');
const voice = agents.filter((a: any) => a.capacity.VOICE > 0).map((a: any) => a.id);
for (const agentId of voice) {
  await cti({ type: 'AGENT_LOGIN', agentId });
  await cti({ type: 'AGENT_READY', agentId });
}
console.log(
  `logged in ${voice.length} voice agents; ${perHour} calls/hour into ${args.queue}, AHT ${aht} s, speed ${speed}x`,
);
const calls: Promise<void>[] = [];
const reporter = setInterval(() => void report().catch((err) => console.error(String(err))), 60_000 / speed);
for (let n = 1; Date.now() < endAt; n++) {
  await sleep(exponential(3600 / perHour));
  calls.push(runCall(n).catch((err) => console.error(`call ${n}: ${err}`)));
}
await Promise.all(calls);
clearInterval(reporter);
await report();
