import { insertTasks, TaskKind, TaskState, type Db, type TaskRecord } from '../../models/index.ts';

/**
 * Finished tasks as history for planning tests: `perDay` contacts of `queue` at 10:00 UTC a minute apart on each
 * of the `days` days before `dayStart`, each answered 60 s after arrival and handled for 300 s,
 * of the site `siteId` (none by default).
 */
export async function seedHistory(
  db: Db,
  queue: string,
  dayStart: number,
  days: number,
  perDay: number,
  siteId: string | null = null,
): Promise<void> {
  const T = dayStart - days * 86_400_000;
  if (!(await db('process_definitions').where('id', 'plan:1').first()))
    await db('process_definitions').insert({
      id: 'plan:1',
      key: 'plan',
      version: 1,
      bpmn_xml: '<definitions/>',
      xml_hash: 'plan',
      source_context: '{}',
      deployed_at: T,
    });
  await db('process_instances').insert({
    id: `pi-${queue}`,
    definition_id: 'plan:1',
    definition_key: 'plan',
    state: 'ACTIVE',
    started_at: T,
    updated_at: T,
  });
  const tasks: TaskRecord[] = [];
  for (let d = 0; d < days; d++)
    for (let i = 0; i < perDay; i++) {
      const created = T + d * 86_400_000 + 10 * 3_600_000 + i * 60_000;
      tasks.push({ ...task(`${queue}-${d}-${i}`, queue, created), siteId });
    }
  await insertTasks(db, tasks);
}

function task(id: string, queue: string, createdAt: number): TaskRecord {
  return {
    id,
    kind: TaskKind.USER_TASK,
    instanceId: `pi-${queue}`,
    definitionId: 'plan:1',
    definitionKey: 'plan',
    elementId: 'work',
    executionId: `ex-${id}`,
    name: 'Work',
    documentation: null,
    state: TaskState.COMPLETED,
    channel: 'VOICE',
    assigneeId: 'agent',
    candidateGroups: [],
    candidateUsers: [],
    priority: 50,
    businessValue: 0,
    skills: [],
    queue,
    interruptible: false,
    formKey: null,
    loopIndex: null,
    dueAt: null,
    followUpAt: null,
    slaDueAt: null,
    slaBreachedAt: null,
    createdAt,
    claimedAt: createdAt + 60_000,
    completedAt: createdAt + 360_000,
    completedBy: 'agent',
    output: null,
    enqueuedAt: createdAt,
    escalationLevel: 0,
    routingDecision: null,
    customer: null,
    workStartedAt: null,
    pausedAt: null,
    handlingMs: 0,
    readyAt: null,
    siteId: null,
    siteScope: null,
    dispositionCode: null,
    dispositionNote: null,
    dispositionBy: null,
    dispositionAt: null,
    call: null,
    callback: null,
    consultation: null,
    version: 0,
  } as TaskRecord;
}
