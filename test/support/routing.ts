import {
  makeRouter,
  queryTasks,
  startProcess,
  TaskSort,
  upsertAgent,
  upsertQueue,
  SYSTEM_ACTOR,
  type Capacity,
  type EngineContext,
  type QueueInput,
  type Router,
  type TaskRecord,
} from '../../engine/index.ts';
import { actors } from './actors.ts';

/** What a routed test task asks for (every field has a default). */
export interface WorkSpec {
  ref?: string;
  priority?: number;
  groups?: string;
  skills?: string;
  queue?: string;
  value?: number;
  interruptible?: boolean;
  channel?: string;
}

/** Starts the `routed` fixture process and returns its task. */
export async function startWork(ctx: EngineContext, spec: WorkSpec = {}): Promise<TaskRecord> {
  const variables = {
    ref: 'x',
    priority: 50,
    groups: '',
    skills: '',
    queue: 'backoffice',
    value: 0,
    interruptible: false,
    channel: 'BACKOFFICE',
    ...spec,
  };
  const instance = await startProcess(ctx, actors.integrator, { key: 'routed', variables });
  const [task] = (await queryTasks(ctx, { instanceId: instance.id }, TaskSort.CREATED, 0, 1)).rows;
  return task;
}

/** Creates (or changes) an agent with skills given as `"billing:5 spanish:3"`. */
export function agent(
  ctx: EngineContext,
  id: string,
  skills = '',
  capacity: Partial<Capacity> = {},
  groups: string[] = [],
) {
  const list = skills
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => ({ name: s.split(':')[0], level: Number(s.split(':')[1] ?? 1) }));
  return upsertAgent(ctx, SYSTEM_ACTOR, { id, name: id, roles: ['agent', 'expert'], groups, skills: list, capacity });
}

/** Creates (or changes) a queue. */
export function queue(ctx: EngineContext, input: QueueInput) {
  return upsertQueue(ctx, null, input);
}

/** A router that never sleeps on its own: tests move the clock and call runDue(). */
export async function startRouter(ctx: EngineContext): Promise<Router> {
  const router = makeRouter(ctx, { sleep: () => () => undefined });
  await router.start();
  return router;
}
