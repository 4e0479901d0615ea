import { insertJobs, JobState, JobType, TaskKind, type Db, type TaskRecord } from '../../../models/index.ts';
import { newId } from '../../core/ids/index.ts';
import { DIAL_TOPIC, type DialRequest } from './callback-types.ts';

/** Attempts of one dial webhook before it becomes an incident. */
export const DIAL_RETRIES = 5;

/**
 * Inside the transaction that gives a callback to its agent (which counts the attempt on the task):
 * queues the `callback.dial` webhook as a job, sent by the webhook worker, never inside the request.
 * Does nothing for tasks that are not callbacks.
 */
export async function scheduleDial(trx: Db, task: TaskRecord, agentId: string, now: number): Promise<void> {
  if (task.kind !== TaskKind.CALLBACK) return;
  const attempt = (task.callback?.attempts ?? 0) + 1;
  const body: DialRequest = {
    taskId: task.id,
    callId: task.call?.id as string,
    phone: task.callback?.phone as string,
    agentId,
    attempt,
  };
  await insertJobs(trx, [
    {
      id: newId('jb'),
      type: JobType.WEBHOOK,
      state: JobState.READY,
      instanceId: null,
      elementId: null,
      executionId: null,
      topic: DIAL_TOPIC,
      dueAt: now,
      retries: DIAL_RETRIES,
      lockedBy: null,
      lockExpiresAt: null,
      payload: { body },
      errorMessage: null,
      createdAt: now,
    },
  ]);
}
