import { makeTestEngine, seedUsers, type TestEngine } from './context.ts';
import {
  claimTask,
  completeTask,
  deployProcess,
  getInstance,
  queryTasks,
  startProcess,
  TaskSort,
  TaskState,
  type EngineContext,
  type InstanceRecord,
  type TaskRecord,
  type Actor,
} from '../../engine/index.ts';
import { actors } from './actors.ts';
import { fixture } from './fixtures.ts';

export { fixture, sharedFixture } from './fixtures.ts';

/** Deploys a fixture as the designer. */
export function deployFixture(ctx: EngineContext, testUrl: string, name: string) {
  return deployProcess(ctx, actors.designer, { name, bpmnXml: fixture(testUrl, name) });
}

/** Starts the latest version of a process as the integrator. */
export function start(
  ctx: EngineContext,
  key: string,
  variables: Record<string, unknown> = {},
  businessKey?: string,
): Promise<InstanceRecord> {
  return startProcess(ctx, actors.integrator, { key, variables, businessKey });
}

/** Open tasks of an instance, oldest first. */
export async function openTasks(ctx: EngineContext, instanceId: string): Promise<TaskRecord[]> {
  const { rows } = await queryTasks(
    ctx,
    { instanceId, states: [TaskState.QUEUED, TaskState.ASSIGNED, TaskState.RESERVED, TaskState.PAUSED] },
    TaskSort.CREATED,
    0,
    500,
  );
  return rows;
}

/** The single open task of an instance at `elementId` (fails loudly if there is not exactly one). */
export async function openTask(ctx: EngineContext, instanceId: string, elementId: string): Promise<TaskRecord> {
  const found = (await openTasks(ctx, instanceId)).filter((t) => t.elementId === elementId);
  if (found.length !== 1)
    throw new Error(
      `expected one open task at ${elementId}, found ${found.length}: ${JSON.stringify((await openTasks(ctx, instanceId)).map((t) => t.elementId))}`,
    );
  return found[0];
}

/** Claims and completes a task as `actor` (the supervisor by default: allowed to claim anything). */
export async function work(
  ctx: EngineContext,
  task: TaskRecord,
  variables: Record<string, unknown> = {},
  actor: Actor = actors.supervisor,
): Promise<TaskRecord> {
  await claimTask(ctx, actor, task.id);
  return completeTask(ctx, actor, task.id, variables);
}

/** Completes the single open task at `elementId`. */
export async function workAt(
  ctx: EngineContext,
  instanceId: string,
  elementId: string,
  variables: Record<string, unknown> = {},
) {
  return work(ctx, await openTask(ctx, instanceId, elementId), variables);
}

/** Re-reads an instance. */
export async function reload(ctx: EngineContext, id: string): Promise<InstanceRecord> {
  const instance = await getInstance(ctx, id);
  if (!instance) throw new Error(`instance ${id} vanished`);
  return instance;
}

/** Element ids of an instance's open tasks, sorted. */
export async function openElementIds(ctx: EngineContext, instanceId: string): Promise<string[]> {
  return (await openTasks(ctx, instanceId)).map((task) => task.elementId ?? task.id).sort();
}

/**
 * Registers mocha hooks giving each test a fresh engine with the test users and the named fixtures
 * deployed; returns a getter for the current test's engine.
 */
export function useTestEngine(testUrl: string, ...fixtures: string[]): () => TestEngine {
  let current: TestEngine | null = null;
  beforeEach(async () => {
    current = await makeTestEngine();
    await seedUsers(current.ctx);
    for (const name of fixtures) await deployFixture(current.ctx, testUrl, name);
  });
  afterEach(() => current?.close());
  return () => current as TestEngine;
}
