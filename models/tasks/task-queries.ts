import type { Db } from '../db.ts';
import { whereEligible } from './routing-queries.ts';
import { taskFromRow } from './row-mappers.ts';
import { TaskState, type Channel, type TaskRecord } from './task-types.ts';

/**
 * The viewer of "available to me": its own work, offers made to it, and queued work it may take now
 * (a candidate with every required skill, on a channel it has capacity for, offerable at `at`).
 */
export interface EligibleFor {
  userId: string;
  groups: readonly string[];
  /** The time "now" means (callbacks are takeable only inside their window). */
  at?: number;
  /** Channels the viewer has any capacity on; undefined: every channel (users who are not agents). */
  channels?: readonly Channel[];
  /** The viewer's agent site (undefined: not an agent, no site rule); see PullAgent. */
  siteId?: string | null;
}

/** Task list filter; every field narrows. */
export interface TaskFilter {
  states?: readonly TaskState[];
  assigneeId?: string;
  unassigned?: boolean;
  candidateGroup?: string;
  candidateUser?: string;
  eligibleFor?: EligibleFor;
  definitionKey?: string;
  instanceId?: string;
  queue?: string;
  dueBefore?: number;
  text?: string;
  /** Only tasks of these sites (a site-scoped supervisor's view). */
  sites?: readonly string[];
}

/** Task list order. */
export const TaskSort = { PRIORITY: 'PRIORITY', DUE: 'DUE', CREATED: 'CREATED', CREATED_DESC: 'CREATED_DESC' } as const;
export type TaskSort = (typeof TaskSort)[keyof typeof TaskSort];

const hasCandidate = (db: Db, kind: string, values: readonly string[]) =>
  db('task_candidates')
    .select(db.raw('1'))
    .whereRaw('task_candidates.task_id = tasks.id')
    .andWhere('kind', kind)
    .whereIn('value', [...values]);

/**
 * Held by the viewer, offered to the viewer, or queued and takeable by it now; never work someone else
 * holds or has on offer (claiming those always fails).
 */
function whereTakeable(db: Db, q: any, viewer: EligibleFor) {
  const offeredToViewer = db('reservations')
    .select(db.raw('1'))
    .whereRaw('reservations.task_id = tasks.id')
    .where({ 'reservations.state': 'PENDING', 'reservations.agent_id': viewer.userId });
  q.where((w: any) =>
    w
      .where((own: any) =>
        own.where('tasks.assignee_id', viewer.userId).whereIn('tasks.state', [TaskState.ASSIGNED, TaskState.PAUSED]),
      )
      .orWhere((offered: any) => offered.where('tasks.state', TaskState.RESERVED).whereExists(offeredToViewer))
      .orWhere((open: any) => {
        open.where('tasks.state', TaskState.QUEUED);
        if (viewer.channels) open.whereIn('tasks.channel', [...viewer.channels]);
        if (viewer.at !== undefined) {
          const at = viewer.at;
          open.where((r: any) => r.whereNull('tasks.ready_at').orWhere('tasks.ready_at', '<=', at));
          open.where((r: any) => r.whereNull('tasks.window_end').orWhere('tasks.window_end', '>', at));
        }
        whereEligible(db, open, viewer);
      }),
  );
}

function applyFilter(db: Db, q: any, f: TaskFilter) {
  if (f.states?.length) q.whereIn('tasks.state', [...f.states]);
  if (f.assigneeId) q.where('tasks.assignee_id', f.assigneeId);
  if (f.unassigned) q.whereNull('tasks.assignee_id');
  if (f.candidateGroup) q.whereExists(hasCandidate(db, 'GROUP', [f.candidateGroup]));
  if (f.candidateUser) q.whereExists(hasCandidate(db, 'USER', [f.candidateUser]));
  if (f.eligibleFor) whereTakeable(db, q, f.eligibleFor);
  if (f.definitionKey) q.where('tasks.definition_key', f.definitionKey);
  if (f.instanceId) q.where('tasks.instance_id', f.instanceId);
  if (f.queue) q.where('tasks.queue', f.queue);
  if (f.sites) q.whereIn('tasks.site_id', [...f.sites]);
  if (f.dueBefore !== undefined) q.where('tasks.due_at', '<', f.dueBefore);
  if (f.text) {
    const like = `%${f.text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    q.where((w: any) =>
      w
        .whereRaw("lower(tasks.name) like ? escape '\\'", [like])
        .orWhereRaw("lower(tasks.documentation) like ? escape '\\'", [like]),
    );
  }
  return q;
}

function applySort(q: any, sort: TaskSort) {
  switch (sort) {
    case TaskSort.DUE:
      return q
        .orderByRaw('CASE WHEN tasks.due_at IS NULL THEN 1 ELSE 0 END')
        .orderBy([{ column: 'tasks.due_at' }, { column: 'tasks.id' }]);
    case TaskSort.CREATED:
      return q.orderBy([{ column: 'tasks.created_at' }, { column: 'tasks.id' }]);
    case TaskSort.CREATED_DESC:
      return q.orderBy([
        { column: 'tasks.created_at', order: 'desc' },
        { column: 'tasks.id', order: 'desc' },
      ]);
    default:
      return q.orderBy([
        { column: 'tasks.priority', order: 'desc' },
        { column: 'tasks.created_at' },
        { column: 'tasks.id' },
      ]);
  }
}

/** A page of tasks under a filter and order, and the total count under the filter. */
export async function listTasks(
  db: Db,
  filter: TaskFilter,
  sort: TaskSort,
  offset: number,
  limit: number,
): Promise<{ rows: TaskRecord[]; total: number }> {
  const rows = await applySort(applyFilter(db, db('tasks').select('tasks.*'), filter), sort)
    .offset(offset)
    .limit(limit);
  const [{ n }] = await applyFilter(db, db('tasks').count({ n: '*' }), filter);
  return { rows: rows.map(taskFromRow), total: Number(n) };
}
