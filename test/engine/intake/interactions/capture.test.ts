import { strict as assert } from 'node:assert';
import {
  captureInteraction,
  casesOfCustomer,
  ROUTING_TIMEOUT_MS,
  interactionsOfTask,
  queryInteractions,
  type CrossdeskError,
  SYSTEM_ACTOR,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTasks, reload, useTestEngine } from '../../../support/scenario.ts';
import { capture, seedTestRules } from './support.ts';

describe('captureInteraction', () => {
  const engine = useTestEngine(import.meta.url, 'support-request.bpmn', 'refund-request.bpmn');
  let t: TestEngine;
  beforeEach(async () => {
    t = engine();
    await seedTestRules(t.ctx);
  });

  it('given a matching rule, then a case starts with the case reference as business key and the interaction on its task', async () => {
    const interaction = await capture(t.ctx, { subject: 'Help with my login', externalId: 'mail-1' });
    assert.equal(interaction.outcome, 'STARTED');
    assert.match(interaction.caseReference ?? '', /^CASE-[0-9A-Z]{8}$/);
    const instance = await reload(t.ctx, interaction.caseInstanceId as string);
    assert.equal(instance.definitionKey, 'support-request');
    assert.equal(instance.businessKey, interaction.caseReference);
    assert.equal(instance.variables.customerEmail, 'ada@example.com');
    const [task] = await openTasks(t.ctx, instance.id);
    assert.equal(task.name, `Answer ${interaction.caseReference}`);
    assert.deepEqual(
      (await interactionsOfTask(t.ctx, SYSTEM_ACTOR, task)).map((i) => i.id),
      [interaction.id],
    );
  });

  it('given the same externalId twice, then it is one interaction and one case', async () => {
    const first = await capture(t.ctx, { subject: 'help me', externalId: 'dup-1' });
    const second = await capture(t.ctx, { subject: 'help me (resent)', externalId: 'dup-1' });
    assert.equal(second.id, first.id);
    assert.equal((await queryInteractions(t.ctx, SYSTEM_ACTOR, {}, 0, 10)).total, 1);
    assert.equal((await t.ctx.db('process_instances').count({ n: '*' }))[0].n, 1);
  });

  it('given the same externalId captured concurrently, then exactly one interaction and one case exist', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => capture(t.ctx, { subject: 'help now', externalId: 'race-1' })),
    );
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(Number((await t.ctx.db('interactions').count({ n: '*' }))[0].n), 1);
    assert.equal(Number((await t.ctx.db('process_instances').count({ n: '*' }))[0].n), 1);
  });

  it('given an interaction left PENDING by a router that died, then a capture after the routing timeout routes it, once', async () => {
    const now = t.clock.now();
    const row = {
      id: 'ia_crashed',
      external_id: 'crashed-1',
      channel: 'EMAIL',
      direction: 'INBOUND',
      subject: 'help, lost',
      outcome: 'PENDING',
      created_at: now,
      routing_at: now,
    };
    await t.ctx.db('interactions').insert(row);
    assert.equal((await capture(t.ctx, { externalId: 'crashed-1' })).outcome, 'PENDING');
    t.clock.advance(ROUTING_TIMEOUT_MS + 1);
    const [a, b] = await Promise.all([
      capture(t.ctx, { externalId: 'crashed-1' }),
      capture(t.ctx, { externalId: 'crashed-1' }),
    ]);
    assert.deepEqual([a.outcome, b.outcome].sort(), ['PENDING', 'STARTED']);
    assert.equal(Number((await t.ctx.db('process_instances').count({ n: '*' }))[0].n), 1);
    assert.equal((await capture(t.ctx, { externalId: 'crashed-1' })).outcome, 'STARTED');
  });

  it('given the dead router had started the case already, then resuming keeps that case instead of starting another', async () => {
    const done = await capture(t.ctx, { subject: 'help 1', externalId: 'ok-1' });
    await t.ctx
      .db('interactions')
      .where('id', done.id)
      .update({ outcome: 'PENDING', case_instance_id: null, routing_at: t.clock.now() });
    t.clock.advance(ROUTING_TIMEOUT_MS + 1);
    const resumed = await capture(t.ctx, { externalId: 'ok-1' });
    assert.deepEqual([resumed.outcome, resumed.caseInstanceId], ['STARTED', done.caseInstanceId]);
    assert.equal(Number((await t.ctx.db('process_instances').count({ n: '*' }))[0].n), 1);
  });

  it('given contacts by e-mail, then by phone, then by id, then all land on one customer record', async () => {
    const a = await capture(t.ctx, { customer: { email: 'Bob@Example.com', name: 'Bob' } });
    const b = await capture(t.ctx, { customer: { email: 'bob@example.com', phone: '+44 20 7946-0000' } });
    const c = await capture(t.ctx, { channel: 'VOICE', customer: { phone: '+442079460000' } });
    const d = await capture(t.ctx, { channel: 'CHAT', customer: { id: a.customerId } });
    assert.deepEqual(new Set([a.customerId, b.customerId, c.customerId, d.customerId]).size, 1);
    const [row] = await t.ctx.db('customers').where('id', a.customerId);
    assert.deepEqual([row.email, row.phone, row.name], ['bob@example.com', '+442079460000', 'Bob']);
  });

  it('given bad input, then BAD_USER_INPUT names the field and nothing is stored', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'FAX' }, 'channel'],
      [{ customer: { email: 'not-an-address' } }, 'customer.email'],
      [{ customer: { phone: 'call me' } }, 'customer.phone'],
      [{ attributes: [1, 2] }, 'attributes'],
      [{ subject: 'x'.repeat(1001) }, 'subject'],
    ];
    for (const [input, field] of cases) {
      const err = (await capture(t.ctx, input).catch((e) => e)) as CrossdeskError;
      assert.equal(err.code, 'BAD_USER_INPUT', JSON.stringify(input));
      assert.equal(err.fields.field, field);
    }
    assert.equal(Number((await t.ctx.db('interactions').count({ n: '*' }))[0].n), 0);
    assert.equal(Number((await t.ctx.db('customers').count({ n: '*' }))[0].n), 0);
  });

  it('given an expert (no front-line role), then capturing is FORBIDDEN', async () => {
    const err = (await captureInteraction(t.ctx, actors.expert, { channel: 'CHAT', subject: 'x' }).catch(
      (e) => e,
    )) as CrossdeskError;
    assert.equal(err.code, 'FORBIDDEN');
  });

  it('given a filter, then interactions are listed newest first by text, channel and customer', async () => {
    const a = await capture(t.ctx, { subject: 'help: broken invoice' });
    t.clock.advance(1000);
    await capture(t.ctx, {
      channel: 'CHAT',
      subject: 'question about 100% discount',
      customer: { email: 'eve@example.com' },
    });
    t.clock.advance(1000);
    const c = await capture(t.ctx, { subject: 'help again', body: 'the INVOICE is still wrong' });
    assert.deepEqual(
      (await queryInteractions(t.ctx, SYSTEM_ACTOR, { text: 'invoice' }, 0, 10)).rows.map((r) => r.id),
      [c.id, a.id],
    );
    assert.equal((await queryInteractions(t.ctx, SYSTEM_ACTOR, { text: '100%' }, 0, 10)).total, 1);
    assert.equal((await queryInteractions(t.ctx, SYSTEM_ACTOR, { text: '%' }, 0, 10)).total, 1);
    assert.equal((await queryInteractions(t.ctx, SYSTEM_ACTOR, { channel: 'CHAT' }, 0, 10)).total, 1);
    assert.equal(
      (await queryInteractions(t.ctx, SYSTEM_ACTOR, { customerId: a.customerId as string }, 0, 10)).total,
      2,
    );
    // The customer's second support mail joined the open support case instead of starting another.
    assert.equal(c.outcome, 'LINKED');
    assert.deepEqual(
      (await casesOfCustomer(t.ctx, SYSTEM_ACTOR, a.customerId as string)).map((i) => i.id),
      [a.caseInstanceId],
    );
  });
});
