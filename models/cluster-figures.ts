import type { Db } from './db.ts';
import { JobState } from './jobs-repo.ts';
import { TaskState } from './tasks/index.ts';

/** What /metrics reports of the whole cluster's queues (read on the leader at scrape time). */
export interface ClusterFigures {
  queues: { queue: string; waiting: number; oldestCreatedAt: number | null }[];
  agents: { presence: string; count: number }[];
  jobs: { state: string; count: number }[];
}

/** Waiting tasks per queue with the oldest one's creation, agents per presence, unfinished jobs per state. */
export async function readClusterFigures(db: Db): Promise<ClusterFigures> {
  const [queues, agents, jobs] = await Promise.all([
    db('tasks')
      .where('state', TaskState.QUEUED)
      .whereNotNull('queue')
      .groupBy('queue')
      .select('queue', db.raw('count(*) as waiting'), db.raw('min(created_at) as oldest')),
    db('agents').groupBy('presence').select('presence', db.raw('count(*) as count')),
    db('jobs').whereNot('state', JobState.DONE).groupBy('state').select('state', db.raw('count(*) as count')),
  ]);
  return {
    queues: queues.map((r: any) => ({
      queue: r.queue,
      waiting: Number(r.waiting),
      oldestCreatedAt: r.oldest === null ? null : Number(r.oldest),
    })),
    agents: agents.map((r: any) => ({ presence: r.presence, count: Number(r.count) })),
    jobs: jobs.map((r: any) => ({ state: r.state, count: Number(r.count) })),
  };
}
