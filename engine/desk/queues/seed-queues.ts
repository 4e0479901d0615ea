import { readFile } from 'node:fs/promises';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { buildQueue, defaultQueue, upsertQueue, type QueueInput } from './upsert-queue.ts';
import { Channel } from '../../../models/index.ts';

/**
 * Creates or updates queues from a JSON seed file (an array of QueueInput), e.g. engine/demo/queues.json.
 * The whole file is validated before anything is written.
 */
export async function seedQueues(ctx: EngineContext, file: string | URL): Promise<number> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed))
    throw new BadInputError('a queue seed file holds a JSON array of queues', { file: String(file) });
  const inputs = parsed as QueueInput[];
  for (const input of inputs)
    buildQueue(defaultQueue(String(input.name), input.channel ?? Channel.BACKOFFICE, 0), input, 0);
  for (const input of inputs) await upsertQueue(ctx, null, input);
  return parsed.length;
}
