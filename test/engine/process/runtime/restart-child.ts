/**
 * Child process of the restart test: drives the engine against the parent's database until it is
 * killed with SIGKILL. It prints one line per committed command so the parent knows how far it got.
 */
import {
  claimTask,
  completeTask,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  queryTasks,
  startProcess,
  TaskSort,
  TaskState,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { openDescribedDb } from '../../../support/context.ts';

const db = openDescribedDb(JSON.parse(process.env.CD_TEST_DB as string));
const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });

for (let i = 0; ; i++) {
  const instance = await startProcess(ctx, actors.integrator, {
    key: 'refund',
    variables: { amount: i % 2 ? 5000 : 50, customer: { name: `C${i}` }, manager: 'supervisor' },
  });
  process.stdout.write(`started ${instance.id}\n`);
  if (i % 3 === 0) {
    const { rows } = await queryTasks(
      ctx,
      { instanceId: instance.id, states: [TaskState.QUEUED] },
      TaskSort.CREATED,
      0,
      1,
    );
    await claimTask(ctx, actors.expert, rows[0].id);
    await completeTask(ctx, actors.expert, rows[0].id, { approved: true });
    process.stdout.write(`completed ${rows[0].id}\n`);
  }
}
