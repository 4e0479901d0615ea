import { strict as assert } from 'node:assert';
import {
  changesToRow,
  findTask,
  insertTasks,
  KIND_COLUMNS,
  TASK_COLUMNS,
  TaskKind,
  TaskState,
  updateTaskIf,
  type TaskRecord,
} from '../../../models/index.ts';
import { makeTestDb, type TestDb } from '../../support/context.ts';

const T0 = 1_760_000_000_000;

/** A task with every common field set to a value other than its default. */
function base(id: string, kind: TaskKind): TaskRecord {
  return {
    id,
    kind,
    instanceId: 'pi-1',
    definitionId: 'def:1',
    definitionKey: 'def',
    elementId: 'review',
    executionId: `ex-${id}`,
    name: `Task ${id}`,
    documentation: 'Look at it',
    state: TaskState.ASSIGNED,
    channel: 'CHAT',
    assigneeId: 'ann',
    candidateGroups: ['sales', 'desk'],
    candidateUsers: ['ann'],
    priority: 70,
    businessValue: 12,
    skills: [{ name: 'german', level: 3 }],
    queue: 'q-main',
    interruptible: false,
    formKey: 'form:review',
    loopIndex: 2,
    dueAt: T0 + 1,
    followUpAt: T0 + 2,
    slaDueAt: T0 + 3,
    slaBreachedAt: T0 + 4,
    createdAt: T0,
    claimedAt: T0 + 5,
    completedAt: T0 + 6,
    completedBy: 'bob',
    output: { answer: 'yes', n: 1 },
    enqueuedAt: T0 + 7,
    escalationLevel: 1,
    routingDecision: { rule: 'best', score: 0.5 },
    customer: { id: 'cu-1', phone: '+4930111' },
    workStartedAt: T0 + 8,
    pausedAt: T0 + 9,
    handlingMs: 4_000,
    readyAt: T0 + 10,
    siteId: 'lyon',
    siteScope: ['lyon', 'paris'],
    dispositionCode: 'SOLD',
    dispositionNote: 'upsold the plan',
    dispositionBy: 'bob',
    dispositionAt: T0 + 15,
    call: null,
    callback: null,
    consultation: null,
    version: 3,
  };
}

const call = { id: 'call-1', answeredAt: T0 + 11, ctiAt: T0 + 12, heldAt: T0 + 16, holdMs: 7_000 };
const tasksOfEveryKind = (): TaskRecord[] => [
  base('tk-user', TaskKind.USER_TASK),
  { ...base('tk-call', TaskKind.CALL), call },
  {
    ...base('tk-callback', TaskKind.CALLBACK),
    call: { ...call, id: 'call-2' },
    callback: {
      phone: '+4930222',
      windowStart: T0 + 13,
      windowEnd: T0 + 14,
      attempts: 2,
      maxAttempts: 4,
      outcome: 'ANSWERED',
    },
  },
  { ...base('tk-consult', TaskKind.CONSULT), consultation: { parentTaskId: 'tk-user' } },
];

describe('models/tasks: the column spec of the tasks table', () => {
  let testDb: TestDb;
  beforeEach(async () => {
    testDb = await makeTestDb();
    await testDb.db('process_definitions').insert({
      id: 'def:1',
      key: 'def',
      version: 1,
      bpmn_xml: '<definitions/>',
      xml_hash: 'h',
      source_context: '{}',
      deployed_at: T0,
    });
    await testDb.db('process_instances').insert({
      id: 'pi-1',
      definition_id: 'def:1',
      definition_key: 'def',
      state: 'ACTIVE',
      started_at: T0,
      updated_at: T0,
    });
  });
  afterEach(() => testDb.destroy());

  it('round-trips every field of every kind through the database', async () => {
    const tasks = tasksOfEveryKind();
    await insertTasks(testDb.db, tasks);
    for (const task of tasks) assert.deepEqual(await findTask(testDb.db, task.id), task, task.kind);
  });

  it('maps every column of the table exactly once', async () => {
    const described = Object.keys(await testDb.db('tasks').columnInfo()).sort();
    const specified = [TASK_COLUMNS, ...Object.values(KIND_COLUMNS).map((k) => k.columns)]
      .flatMap((spec) => Object.values(spec).map((c) => c.column))
      .sort();
    assert.deepEqual(specified, described);
  });

  it('fills only the sub-records of the task kind', async () => {
    await insertTasks(testDb.db, tasksOfEveryKind());
    const shape = async (id: string) => {
      const t = (await findTask(testDb.db, id)) as TaskRecord;
      return [t.call !== null, t.callback !== null, t.consultation !== null];
    };
    assert.deepEqual(await shape('tk-user'), [false, false, false]);
    assert.deepEqual(await shape('tk-call'), [true, false, false]);
    assert.deepEqual(await shape('tk-callback'), [true, true, false]);
    assert.deepEqual(await shape('tk-consult'), [false, false, true]);
  });

  it('turns a partial change into the given columns only', () => {
    assert.deepEqual(changesToRow({ state: TaskState.QUEUED, output: { a: 1 }, assigneeId: undefined }), {
      state: 'QUEUED',
      output: '{"a":1}',
    });
    assert.deepEqual(changesToRow({ call: { ctiAt: 5 }, callback: { attempts: 2, outcome: null } }), {
      cti_at: 5,
      attempts: 2,
      outcome: null,
    });
  });

  it('writes only the given columns on a guarded update', async () => {
    const [, , callback] = tasksOfEveryKind();
    await insertTasks(testDb.db, [callback]);
    const before = await testDb.db('tasks').where({ id: callback.id }).first();
    const won = await updateTaskIf(
      testDb.db,
      callback.id,
      { fromStates: [TaskState.ASSIGNED], expectedVersion: 3 },
      { routingDecision: null, call: { ctiAt: T0 + 99 }, callback: { attempts: 3 } },
    );
    assert.equal(won, true);
    const after = await testDb.db('tasks').where({ id: callback.id }).first();
    const changed = Object.keys(after).filter((k) => String(after[k]) !== String(before[k]));
    assert.deepEqual(changed.sort(), ['attempts', 'cti_at', 'routing_decision', 'version']);
    const task = (await findTask(testDb.db, callback.id)) as TaskRecord;
    assert.deepEqual([task.call?.ctiAt, task.callback?.attempts, task.call?.id], [T0 + 99, 3, 'call-2']);
  });

  it('refuses fields that are unknown or not changed after creation', () => {
    // @ts-expect-error callId is the call's id now (call.id), and never changes
    assert.throws(() => changesToRow({ callId: 'x' }), /callId is not a field/);
    // @ts-expect-error the kind is fixed at creation
    assert.throws(() => changesToRow({ kind: TaskKind.CALL }), /kind is not a field/);
    // @ts-expect-error a callback's number is fixed at creation
    assert.throws(() => changesToRow({ callback: { phone: '+1' } }), /phone is not a field/);
    // @ts-expect-error consultations have nothing to change
    assert.throws(() => changesToRow({ consultation: { parentTaskId: 'x' } }), /consultation is not a field/);
  });
});
