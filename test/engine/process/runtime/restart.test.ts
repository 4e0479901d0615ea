import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { countInstances, InstanceState } from '../../../../models/index.ts';
import { getInstance, queryInstances, queryTasks, TaskSort, TaskState } from '../../../../engine/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTasks, work, useTestEngine } from '../../../support/scenario.ts';

/** Runs the child until it has reported `enough` started instances, then kills it with SIGKILL. */
function runChildAndKill(t: TestEngine, enough: number): Promise<{ started: string[]; completed: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./restart-child.ts', import.meta.url))],
      {
        env: { ...process.env, CD_TEST_DB: JSON.stringify(t.testDb.described) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const started: string[] = [];
    const completed: string[] = [];
    let stderr = '';
    let buffer = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop() as string;
      for (const line of lines) {
        const [what, id] = line.split(' ');
        (what === 'started' ? started : completed).push(id);
      }
      if (started.length >= enough && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve({ started, completed }) : reject(new Error(`child exited ${code}: ${stderr}`)),
    );
  });
}

describe('restart: the server process is killed while instances wait', function () {
  this.timeout(60_000);
  const engine = useTestEngine(import.meta.url, 'refund.bpmn');
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  it('given a kill -9 mid-load, then a new process finds every committed instance whole and completes them all', async () => {
    const { started } = await runChildAndKill(t, 40);
    const total = await countInstances(t.ctx.db);
    // Everything reported is stored; at most the command in flight at the kill may also have landed.
    assert.ok(total >= started.length && total <= started.length + 1, `stored ${total}, reported ${started.length}`);
    const { rows: instances } = await queryInstances(t.ctx, {}, 0, 1000);
    for (const instance of instances) {
      const open = await openTasks(t.ctx, instance.id);
      if (instance.state === InstanceState.COMPLETED) {
        assert.equal(open.length, 0, `${instance.id} ended but has open tasks`);
        continue;
      }
      assert.equal(instance.state, InstanceState.ACTIVE);
      assert.equal(open.length, 1, `${instance.id} has ${open.length} open tasks`);
      assert.deepEqual(instance.activeElementIds, [open[0].elementId]);
    }
    for (const instance of instances) {
      for (let open = await openTasks(t.ctx, instance.id); open.length; open = await openTasks(t.ctx, instance.id)) {
        await work(t.ctx, open[0], { approved: true });
      }
      assert.equal((await getInstance(t.ctx, instance.id))?.state, InstanceState.COMPLETED);
    }
    const { total: leftOpen } = await queryTasks(
      t.ctx,
      { states: [TaskState.QUEUED, TaskState.ASSIGNED] },
      TaskSort.CREATED,
      0,
      1,
    );
    assert.equal(leftOpen, 0);
    const { rows: all } = await queryTasks(t.ctx, {}, TaskSort.CREATED, 0, 5000);
    const perExecution = new Set(all.map((task) => task.executionId));
    assert.equal(perExecution.size, all.length, 'no execution got two tasks');
  });
});
