import { strict as assert } from 'node:assert';
import {
  captureInteraction,
  cancelProcessInstance,
  instanceHistory,
  interactionsOfTask,
  tasksOfCustomer,
  SYSTEM_ACTOR,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTask, openTasks, reload, useTestEngine, workAt } from '../../../support/scenario.ts';
import { capture, seedTestRules } from './support.ts';

describe('case correlation', () => {
  const engine = useTestEngine(import.meta.url, 'support-request.bpmn', 'refund-request.bpmn');
  let t: TestEngine;
  beforeEach(async () => {
    t = engine();
    await seedTestRules(t.ctx);
  });

  /** A support case whose first answer went out: it now waits for the customer. */
  async function waitingCase() {
    const first = await capture(t.ctx, { subject: 'help with delivery', externalId: 'm-1' });
    await workAt(t.ctx, first.caseInstanceId as string, 'answer');
    assert.deepEqual((await reload(t.ctx, first.caseInstanceId as string)).activeElementIds, ['awaitCustomer']);
    return first;
  }

  it('given the case reference in the subject, then the contact is the customerContact message of that case and the woken task shows it', async () => {
    const first = await waitingCase();
    const again = await capture(t.ctx, {
      channel: 'CHAT',
      subject: `Re: delivery [${first.caseReference}]`,
      customer: { email: 'someone-else@example.com' },
    });
    assert.deepEqual([again.outcome, again.caseInstanceId], ['CORRELATED', first.caseInstanceId]);
    const followUp = await openTask(t.ctx, first.caseInstanceId as string, 'followUp');
    assert.deepEqual(
      (await interactionsOfTask(t.ctx, SYSTEM_ACTOR, followUp)).map((i) => i.id),
      [first.id, again.id],
    );
    assert.equal((await reload(t.ctx, first.caseInstanceId as string)).variables.lastInteractionId, again.id);
    const history = await instanceHistory(t.ctx, first.caseInstanceId as string);
    assert.deepEqual(
      history.filter((h) => h.type === 'interaction.correlated').map((h) => [h.elementId, h.data?.interactionId]),
      [['awaitCustomer', again.id]],
    );
    assert.equal(Number((await t.ctx.db('process_instances').count({ n: '*' }))[0].n), 1);
  });

  it('given an explicit caseReference (a CTI wrap-up), then it joins that case', async () => {
    const first = await waitingCase();
    const call = await captureInteraction(t.ctx, actors.agent, {
      channel: 'VOICE',
      caseReference: first.caseReference,
      subject: 'called about delivery',
    });
    assert.equal(call.outcome, 'CORRELATED');
  });

  it('given a reply in the mail thread (In-Reply-To the first mail), then it joins the case', async () => {
    const first = await captureInteraction(
      t.ctx,
      actors.integrator,
      { channel: 'EMAIL', subject: 'help with invoice', customer: { email: 'ann@example.com' } },
      { messageId: '<a1@example.com>', threadRefs: [] },
    );
    await workAt(t.ctx, first.caseInstanceId as string, 'answer');
    const reply = await captureInteraction(
      t.ctx,
      actors.integrator,
      { channel: 'EMAIL', subject: 'no reference here', customer: { email: 'other@example.com' } },
      { messageId: '<a2@example.com>', threadRefs: ['<a1@example.com>'] },
    );
    assert.deepEqual([reply.outcome, reply.caseInstanceId], ['CORRELATED', first.caseInstanceId]);
  });

  it('given the same customer with exactly one open case of that kind, then the contact joins it; with two, a new case starts', async () => {
    const first = await waitingCase();
    const second = await capture(t.ctx, { subject: 'help, still waiting' });
    assert.deepEqual([second.outcome, second.caseInstanceId], ['CORRELATED', first.caseInstanceId]);
    const other = await capture(t.ctx, {
      subject: 'help with something else',
      customer: { email: 'ada@example.com' },
      externalId: 'm-3',
    });
    // The first case has moved on to followUp (still open), so this one joins it too (LINKED: nothing waits).
    assert.deepEqual([other.outcome, other.caseInstanceId], ['LINKED', first.caseInstanceId]);
    const vip = await capture(t.ctx, { subject: 'help', attributes: { tier: 'gold' } });
    assert.equal(vip.caseInstanceId, first.caseInstanceId);
    // Ada also writes about Bob's case: now two open support cases are hers, and which one a new
    // contact means is not clear, so it starts a third.
    const bobs = await capture(t.ctx, { subject: 'help', customer: { email: 'bob@example.com' } });
    await capture(t.ctx, { subject: `about Bob's case [${bobs.caseReference}]` });
    const third = await capture(t.ctx, { subject: 'help once more' });
    assert.equal(third.outcome, 'STARTED');
    assert.ok(![first.caseInstanceId, bobs.caseInstanceId].includes(third.caseInstanceId));
  });

  it('given the referenced case is closed, then a new case starts instead', async () => {
    const first = await waitingCase();
    await cancelProcessInstance(t.ctx, actors.supervisor, first.caseInstanceId as string, 'resolved on the phone');
    const again = await capture(t.ctx, { subject: `help [${first.caseReference}]` });
    assert.equal(again.outcome, 'STARTED');
    assert.notEqual(again.caseInstanceId, first.caseInstanceId);
  });

  it('given two contacts for the same waiting case at once, then one wakes it and the other is linked; still one case', async () => {
    const first = await waitingCase();
    const both = await Promise.all(
      [1, 2].map((n) => capture(t.ctx, { channel: 'CHAT', subject: `[${first.caseReference}] answer ${n}` })),
    );
    assert.deepEqual(both.map((i) => i.outcome).sort(), ['CORRELATED', 'LINKED']);
    assert.equal((await openTasks(t.ctx, first.caseInstanceId as string)).length, 1);
    assert.equal(Number((await t.ctx.db('process_instances').count({ n: '*' }))[0].n), 1);
  });

  it('given a contact that joins a case not waiting for the customer, then it is LINKED and listed on the open task', async () => {
    const first = await capture(t.ctx, { subject: 'help 1' });
    const second = await capture(t.ctx, {
      channel: 'SMS',
      subject: `[${String(first.caseReference).toLowerCase()}] one more thing`,
    });
    assert.deepEqual([second.outcome, second.caseInstanceId], ['LINKED', first.caseInstanceId]);
    const [answer] = await openTasks(t.ctx, first.caseInstanceId as string);
    assert.deepEqual(
      (await interactionsOfTask(t.ctx, SYSTEM_ACTOR, answer)).map((i) => i.id),
      [first.id, second.id],
    );
    assert.deepEqual(
      (await tasksOfCustomer(t.ctx, SYSTEM_ACTOR, first.customerId as string)).map((x) => x.id),
      [answer.id],
    );
  });
});
