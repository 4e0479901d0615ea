import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { CTI, gql, type NodeProcess } from './cluster-procs.ts';

/** The phases of bench:cluster beyond the command load: arrival -> offer, and fail-over. */

const role = async (node: NodeProcess): Promise<string | null> => {
  try {
    return ((await (await fetch(`${node.url}/health`)).json()) as { role: string }).role;
  } catch {
    return null;
  }
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export interface ArrivalFigures {
  kind: 'cross-node' | 'same-node';
  offered: number;
  calls: number;
  p50Ms: number | null;
  p99Ms: number | null;
  note?: string;
}

/**
 * Arrival -> reservation: `calls` ready agents (one voice call each) on the leader, then `calls` calls
 * paced 10 ms apart, each offered at once if routing keeps up. With two nodes or more the calls arrive at
 * a node that is not the leader (cross-node: the leader hears of them through the change feed); when none
 * is offered there within 3 s (no feed yet), they are sent to the leader instead and reported same-node.
 * Latency = reservation row's created_at - task row's created_at (both epoch ms on this machine).
 */
export async function measureArrivalToOffer(
  nodes: NodeProcess[],
  databaseUrl: string,
  calls: number,
): Promise<ArrivalFigures> {
  const roles = await Promise.all(nodes.map(role));
  const leader = nodes[Math.max(0, roles.indexOf('leader'))];
  const other = nodes.find((n) => n !== leader);
  const round = nodes.length;
  await gql(
    leader,
    'mutation { upsertQueue(input: { name: "arrival", channel: VOICE, reservationTimeoutSeconds: 3600 }) { name } }',
  );
  for (let i = 0; i < calls; i++) {
    const id = `arr-${round}-${i}`;
    await gql(
      leader,
      'mutation($id: ID!) { upsertAgent(input: { id: $id, roles: ["agent"], capacity: { VOICE: 1, total: 1 } }) { id } }',
      { id },
    );
    await gql(leader, CTI, { i: { type: 'AGENT_LOGIN', agentId: id } });
    await gql(leader, CTI, { i: { type: 'AGENT_READY', agentId: id } });
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    if (other) {
      const figures = await paced(other, db, `x${round}`, calls, 3_000);
      if (figures.offered > 0) return { kind: 'cross-node', ...figures };
      const same = await paced(leader, db, `s${round}`, calls, 10_000);
      return { kind: 'same-node', ...same, note: 'cross-node arrivals were not offered: needs the change feed' };
    }
    return { kind: 'same-node', ...(await paced(leader, db, `s${round}`, calls, 10_000)) };
  } finally {
    await db.end();
  }
}

async function paced(node: NodeProcess, db: pg.Client, tag: string, calls: number, waitMs: number) {
  for (let i = 0; i < calls; i++) {
    await gql(node, CTI, { i: { type: 'CALL_OFFERED', callId: `${tag}-${i}`, queue: 'arrival' } });
    await sleep(10);
  }
  const sql = `SELECT r.created_at - t.created_at AS ms FROM reservations r JOIN tasks t ON t.id = r.task_id
    WHERE t.queue = 'arrival' AND t.call_id LIKE $1`;
  const until = Date.now() + waitMs;
  let rows: { ms: number }[] = [];
  while (Date.now() < until) {
    rows = (await db.query(sql, [`${tag}-%`])).rows;
    if (rows.length >= calls) break;
    await sleep(100);
  }
  const ms = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
  return {
    offered: ms.length,
    calls,
    p50Ms: ms.length ? quantile(ms, 0.5) : null,
    p99Ms: ms.length ? quantile(ms, 0.99) : null,
  };
}

/**
 * Fail-over: kill -9 the leader and time until another node's /health says `leader`. Needs a standby
 * (the leadership lease); without one the figure is n/a. The last phase of a run: it kills a node.
 */
export async function measureFailover(nodes: NodeProcess[]): Promise<{ seconds: number | null; note?: string }> {
  const roles = await Promise.all(nodes.map(role));
  const leader = nodes[roles.indexOf('leader')];
  const standbys = nodes.filter((_, i) => roles[i] === 'standby');
  if (!leader || standbys.length === 0)
    return { seconds: null, note: leader ? 'one node: no standby to take over' : 'no node reports leader' };
  const killed = performance.now();
  leader.child.kill('SIGKILL');
  while (performance.now() - killed < 60_000) {
    if ((await Promise.all(standbys.map(role))).includes('leader'))
      return { seconds: (performance.now() - killed) / 1000 };
    await sleep(50);
  }
  return { seconds: null, note: 'no standby took over within 60 s' };
}
