import { deleteBufferedMessage, type Db, findBufferedMessage } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { correlationKeyOf } from './correlation-key.ts';
import type { EngineRun, RunOutcome } from './engine-run.ts';
import { WaitKind } from './run-collector.ts';

const MAX_ROUNDS = 20;

const isFresh = (previous: readonly string[]) => (w: RunOutcome['waits'][number]) =>
  w.kind === WaitKind.MESSAGE && !previous.includes(`${w.executionId}|${w.kind}|${w.eventName ?? ''}`);

/** Whether a run began message waits that a buffered message might be waiting for. */
export function hasFreshMessageWaits(outcome: Pick<RunOutcome, 'waits'>, previous: readonly string[]): boolean {
  return outcome.waits.some(isFresh(previous));
}

/**
 * Delivers buffered (early) messages to message waits this command created, before it commits: the
 * message is consumed in the same transaction as the wait it ends, so it reaches exactly one wait.
 * Waits that existed before the command are skipped: a message for them would have been correlated
 * directly instead of buffered.
 */
export async function consumeBufferedMessages(
  ctx: EngineContext,
  run: EngineRun,
  outcome: RunOutcome,
  businessKey: string | null,
  previous: readonly string[],
) {
  const consumed: string[] = [];
  let current = outcome;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fresh = current.waits.filter(isFresh(previous));
    let delivered = false;
    for (const wait of fresh) {
      const message = await findBufferedMessage(
        ctx.db,
        wait.eventName ?? '',
        correlationKeyOf(wait, businessKey),
        ctx.clock.now(),
      );
      if (!message || consumed.includes(message.id)) continue;
      run.rootEnvironment()?.assignVariables(message.variables);
      run.engine.execution.signal({
        id: wait.eventRefId ?? wait.eventName,
        executionId: wait.executionId,
        variables: message.variables,
      });
      consumed.push(message.id);
      delivered = true;
      break;
    }
    if (!delivered) break;
    current = await run.settle();
  }
  return { outcome: current, consumed };
}

/** Deletes consumed messages in the command's transaction; false if another command took one first. */
export async function deleteConsumed(db: Db, ids: readonly string[]): Promise<boolean> {
  for (const id of ids) if (!(await deleteBufferedMessage(db, id))) return false;
  return true;
}
