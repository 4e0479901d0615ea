import {
  appendHistory,
  claimDueJobs,
  deleteLockedJob,
  failJob,
  JobType,
  nextDueAt,
  retryJobLater,
  type JobRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { signCtiBody } from './signature.ts';
import { newId } from '../../core/ids/index.ts';
import { makeJobLoop } from '../../process/services/index.ts';
import { DIAL_RETRIES, DIAL_TOPIC } from '../callbacks/index.ts';
import { CALL_COMMAND_TOPIC } from './call-command.ts';

/** First retry delay of a failed webhook; each further retry waits twice as long. */
export const WEBHOOK_BACKOFF_MS = 5_000;
const LOCK_MS = 60_000;

/** Where and how outbound webhooks go. */
export interface WebhookOptions {
  /** CROSSDESK_CTI_DIAL_URL: receives `callback.dial`; unset: dial jobs become incidents. */
  dialUrl?: string;
  /** CROSSDESK_CTI_COMMAND_URL: receives `call.command` (hang up, hold, unhold, transfer); unset: the dial URL. */
  commandUrl?: string;
  /** CROSSDESK_CTI_SECRET: signs every request like the inbound CTI webhook. */
  secret?: string;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

/** The worker that delivers outbound webhooks (WEBHOOK jobs) with retries, back-off and incidents. */
export interface WebhookWorker {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends every webhook that is due now; returns how many were tried. */
  runDue(): Promise<number>;
}

class Permanent extends Error {}

/** 5 s after the first failure, then 10, 20, 40 s. */
const backoffMs = (job: JobRecord) => WEBHOOK_BACKOFF_MS * 2 ** Math.max(0, DIAL_RETRIES - job.retries);

/**
 * Makes the webhook worker. Each request carries `X-Crossdesk-Timestamp` and `X-Crossdesk-Signature`
 * (the inbound CTI scheme, so the platform checks both directions with one secret) and the job id as
 * `Idempotency-Key`: delivery is at least once, a repeat is recognisable. A 2xx ends the job; 5xx and
 * network errors are retried with doubling delays; a 4xx, or the last failed retry, is an incident.
 */
export function makeWebhookWorker(ctx: EngineContext, options: WebhookOptions): WebhookWorker {
  const worker = newId('webhook');
  const fetchFn = options.fetchFn ?? fetch;

  async function send(job: JobRecord): Promise<void> {
    const url =
      job.topic === DIAL_TOPIC
        ? options.dialUrl
        : job.topic === CALL_COMMAND_TOPIC
          ? (options.commandUrl ?? options.dialUrl)
          : undefined;
    if (!url) throw new Permanent(`no URL configured for ${job.topic} (CROSSDESK_CTI_DIAL_URL)`);
    if (!options.secret) throw new Permanent('CROSSDESK_CTI_SECRET is required to sign webhooks');
    const body = JSON.stringify(job.payload.body ?? {});
    const timestamp = ctx.clock.now();
    const headers = {
      'content-type': 'application/json',
      'idempotency-key': job.id,
      'x-crossdesk-event': job.topic ?? '',
      'x-crossdesk-timestamp': String(timestamp),
      'x-crossdesk-signature': signCtiBody(options.secret, timestamp, body),
    };
    const res = await fetchFn(url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await res.text().catch(() => '');
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from ${url}`);
    if (res.status >= 300) throw new Permanent(`HTTP ${res.status} from ${url}`);
  }

  const taskIdOf = (job: JobRecord) => (job.payload.body as { taskId?: string } | undefined)?.taskId ?? null;

  async function runOne(job: JobRecord): Promise<void> {
    const now = () => ctx.clock.now();
    const history = (type: string, data: Record<string, unknown>) =>
      appendHistory(ctx.db, [
        {
          instanceId: null,
          taskId: taskIdOf(job),
          type,
          elementId: null,
          actorId: null,
          onBehalfOf: null,
          at: now(),
          data: { jobId: job.id, topic: job.topic, ...data },
        },
      ]);
    try {
      await send(job);
      if (await deleteLockedJob(ctx.db, job.id, worker)) await history('webhook.delivered', {});
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const retries = err instanceof Permanent ? 0 : job.retries - 1;
      if (retries > 0) return retryJobLater(ctx.db, job.id, worker, now() + backoffMs(job), retries, message);
      await failJob(ctx.db, job.id, worker, message);
      await history('incident.created', { error: message });
      ctx.logger.warn('webhook failed for good', { jobId: job.id, topic: job.topic, error: message });
    }
  }

  async function runDue(): Promise<number> {
    const jobs = await claimDueJobs(ctx.db, JobType.WEBHOOK, ctx.clock.now(), worker, LOCK_MS, 20);
    for (const job of jobs) await runOne(job);
    return jobs.length;
  }

  const loop = makeJobLoop(ctx, {
    name: 'webhook worker',
    runDue,
    nextDueAt: () => nextDueAt(ctx.db, JobType.WEBHOOK),
    // An accepted offer, a direct claim and a supervisor's assignment of a callback each queue a dial.
    wakesOn: (event) =>
      event.type === 'webhook.queued' ||
      (['reservation.accepted', 'task.claimed', 'task.assigned'].includes(event.type) &&
        'task' in event &&
        event.task?.kind === 'CALLBACK'),
  });
  return { ...loop, runDue };
}
