/**
 * Child process of the kill -9 test: a built-in worker on the parent's database and at the parent's
 * (manual) time. It runs one round of due built-in jobs and reports how many ran, unless the parent
 * kills it first.
 */
import {
  makeBuiltinWorker,
  makeEngineContext,
  makeHttpHandler,
  makeLogger,
  makeManualClock,
} from '../../../../engine/index.ts';
import { openDescribedDb } from '../../../support/context.ts';

const db = openDescribedDb(JSON.parse(process.env.CD_TEST_DB as string));
const ctx = makeEngineContext({
  db,
  clock: makeManualClock(Number(process.env.CD_CLOCK_MS)),
  logger: makeLogger('silent'),
});
const worker = makeBuiltinWorker(
  ctx,
  { http: makeHttpHandler({ allow: ['127.0.0.1'] }) },
  { lockSeconds: Number(process.env.CD_LOCK_SECONDS) },
);
process.stdout.write('ready\n');
const ran = await worker.runDue();
process.stdout.write(`ran ${ran}\n`);
await db.destroy();
