import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  answerConsultation,
  completeTask,
  consultTask,
  getConsultations,
  getPendingReservationsOfAgent,
  getTask,
  setPresence,
  taskHistory,
  type EngineEvent,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

describe('consultations', () => {
  let t: TestEngine;
  let router: Router;
  let parent: TaskRecord;
  const online = (id: string) => setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
  const offerOf = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id))[0];
  const taskCount = async () => Number((await t.ctx.db('tasks').count({ n: '*' }))[0].n);

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30 });
    router = await startRouter(t.ctx);
    await agent(t.ctx, 'ann', 'billing:5');
    await online('ann');
    const work = await startWork(t.ctx, { skills: 'billing:3' });
    await router.settle();
    parent = await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
    assert.equal(parent.id, work.id);
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given the holder asks by skill, when a qualified colleague takes and answers it, then the answer shows on the parent and the holder is told', async () => {
    await agent(t.ctx, 'bob', 'tax:6');
    await agent(t.ctx, 'cid', 'tax:2');
    await online('cid');
    await online('bob');
    const heard: EngineEvent[] = [];
    t.ctx.events.subscribe((e) => e.type === 'consultation.answered' && heard.push(e));
    const consult = await consultTask(t.ctx, actorFor('ann'), parent.id, {
      question: 'Is VAT due on this refund?',
      skills: [{ name: 'tax', level: 5 }],
    });
    assert.equal(consult.kind, 'CONSULT');
    assert.equal(consult.instanceId, null);
    assert.equal(consult.consultation?.parentTaskId, parent.id);
    await router.settle();
    assert.equal(await offerOf('cid'), undefined, 'cid lacks the level');
    const offer = await offerOf('bob');
    assert.equal(offer?.taskId, consult.id);
    await acceptReservation(t.ctx, actorFor('bob'), offer.id);
    assert.equal(await code(answerConsultation(t.ctx, actorFor('ann'), consult.id, 'no')), 'TASK_NOT_ASSIGNEE');
    await answerConsultation(t.ctx, actorFor('bob'), consult.id, 'No, refunds are exempt.');
    const [asked] = await getConsultations(t.ctx, parent.id);
    assert.equal(asked.state, 'COMPLETED');
    assert.equal(asked.documentation, 'Is VAT due on this refund?');
    assert.deepEqual(asked.output, { answer: 'No, refunds are exempt.' });
    assert.equal(asked.completedBy, 'bob');
    assert.equal(heard.length, 1);
    const event = heard[0] as Extract<EngineEvent, { type: 'consultation.answered' }>;
    assert.equal(event.task.id, parent.id);
    assert.equal(event.task.assigneeId, 'ann');
    assert.ok(
      (await taskHistory(t.ctx, parent.id)).some(
        (h) => h.type === 'consultation.answered' && (h.data as any).answer === 'No, refunds are exempt.',
      ),
    );
    assert.equal((await getTask(t.ctx, parent.id))?.state, 'ASSIGNED', 'the parent stays with its holder');
  });

  it('given a consultation to a named user, when completed with variables { answer }, then the answer returns the same way', async () => {
    const consult = await consultTask(t.ctx, actors.supervisor, parent.id, {
      question: 'Approve the goodwill credit?',
      userId: 'expert',
    });
    assert.deepEqual(consult.candidateUsers, ['expert']);
    await router.settle();
    await setPresence(t.ctx, actors.expert, { state: 'AVAILABLE' });
    await router.settle();
    const offer = await offerOf('expert');
    assert.equal(offer?.taskId, consult.id);
    await acceptReservation(t.ctx, actors.expert, offer.id);
    await completeTask(t.ctx, actors.expert, consult.id, { answer: 'Approved' });
    const [asked] = await getConsultations(t.ctx, parent.id);
    assert.equal((asked.output as { answer: string }).answer, 'Approved');
  });

  it('given someone who does not hold the task, or bad input, or a finished task, then consulting is refused and nothing is stored', async () => {
    await agent(t.ctx, 'bob', 'tax:6');
    const before = await taskCount();
    assert.equal(await code(consultTask(t.ctx, actorFor('bob'), parent.id, { question: 'Can I see?' })), 'FORBIDDEN');
    assert.equal(await code(consultTask(t.ctx, actorFor('ann'), parent.id, { question: '  ' })), 'BAD_USER_INPUT');
    assert.equal(
      await code(consultTask(t.ctx, actorFor('ann'), parent.id, { question: 'Who?', userId: 'nobody' })),
      'BAD_USER_INPUT',
    );
    assert.equal(
      await code(
        consultTask(t.ctx, actorFor('ann'), parent.id, { question: 'Level?', skills: [{ name: 'tax', level: 11 }] }),
      ),
      'BAD_USER_INPUT',
    );
    assert.equal(await code(consultTask(t.ctx, actorFor('ann'), 'tk_missing', { question: 'Where?' })), 'NOT_FOUND');
    await completeTask(t.ctx, actorFor('ann'), parent.id, {});
    assert.equal(
      await code(consultTask(t.ctx, actorFor('ann'), parent.id, { question: 'Too late?' })),
      'TASK_ALREADY_COMPLETED',
    );
    assert.equal(await taskCount(), before);
    assert.equal((await taskHistory(t.ctx, parent.id)).filter((h) => h.type === 'consultation.asked').length, 0);
  });
});
