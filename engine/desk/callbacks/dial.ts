import { insertJobs, JobState, JobType, type Db, type TaskRecord } from '../../../models/index.ts';
import type { KindHooks, Taking } from '../../core/context/index.ts';
import { newId } from '../../core/ids/index.ts';
import { DIAL_TOPIC, type DialRequest } from './callback-types.ts';

/** Attempts of one dial webhook before it becomes an incident. */
export const DIAL_RETRIES = 5;

/**
 * Taking a callback is one dial attempt, however it is taken (an offer accepted, a pull, a claim, an
 * assignment from the queue): the attempt is counted in the taking's row update, and the dial request
 * queued in its transaction.
 */
export function takeCallback(task: TaskRecord, agentId: string, at: number): Taking {
  const attempts = (task.callback?.attempts ?? 0) + 1;
  return { changes: { callback: { attempts } }, write: (trx) => scheduleDial(trx, task, agentId, at) };
}

/** What callbacks do in the generic task commands (registered by the composition root). */
export const callbackHooks: KindHooks = { onTaken: takeCallback };

/**
 * Inside the transaction that gives a callback to its agent (which counts the attempt on the task):
 * queues the `callback.dial` webhook as a job, sent by the webhook worker, never inside the request.
 */
async function scheduleDial(trx: Db, task: TaskRecord, agentId: string, now: number): Promise<void> {
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
