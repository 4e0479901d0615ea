import { strict as assert } from 'node:assert';
import {
  deleteClassificationRule,
  getClassificationRules,
  getClassificationRuleVersions,
  seedClassificationRules,
  upsertClassificationRule,
  type CrossdeskError,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTasks, reload, useTestEngine } from '../../../support/scenario.ts';
import { capture, seedTestRules } from './support.ts';

describe('classification rules', () => {
  const engine = useTestEngine(import.meta.url, 'support-request.bpmn', 'refund-request.bpmn');
  let t: TestEngine;
  beforeEach(async () => {
    t = engine();
    await seedTestRules(t.ctx);
  });

  it('given several matching rules, then the first in order wins (VIP attribute before the subject rule)', async () => {
    const vip = await capture(t.ctx, {
      subject: 'help please',
      attributes: { tier: 'gold' },
      customer: { email: 'vip@example.com' },
    });
    const plain = await capture(t.ctx, { subject: 'help please', customer: { email: 'plain@example.com' } });
    const [vipRule, , supportRule] = await getClassificationRules(t.ctx);
    assert.deepEqual([vip.ruleId, plain.ruleId], [vipRule.id, supportRule.id]);
    const vipCase = await reload(t.ctx, vip.caseInstanceId as string);
    assert.deepEqual([vipCase.variables.priority, vipCase.variables.businessValue], [90, 80]);
    assert.equal((await openTasks(t.ctx, vipCase.id))[0].priority, 90);
  });

  it('given a keyword rule naming a message, then the message start event starts the process with the mapped variables', async () => {
    const i = await capture(t.ctx, {
      channel: 'SMS',
      subject: null,
      body: 'I want my MONEY BACK',
      attributes: { amount: 42 },
      customer: { phone: '+15550100' },
    });
    assert.equal(i.outcome, 'STARTED');
    const instance = await reload(t.ctx, i.caseInstanceId as string);
    assert.equal(instance.definitionKey, 'refund-request');
    assert.deepEqual(
      [instance.variables.amount, instance.variables.source, instance.variables.customerPhone],
      [42, 'rule', '+15550100'],
    );
  });

  it('given no rule matches, then a triage task waits in the triage queue', async () => {
    const i = await capture(t.ctx, { channel: 'SOCIAL', subject: 'your app is nice' });
    assert.equal(i.outcome, 'TRIAGE');
    const [task] = await openTasks(t.ctx, i.caseInstanceId as string);
    assert.deepEqual(
      [task.queue, task.candidateGroups, task.name],
      ['triage', ['frontline'], `Triage contact ${i.caseReference}`],
    );
  });

  it('given a rule whose process is not deployed, then the contact goes to triage with the reason', async () => {
    await upsertClassificationRule(t.ctx, actors.designer, {
      name: 'orphan',
      position: 1,
      match: { channels: ['CHAT'] },
      action: { processKey: 'not-deployed' },
    });
    const i = await capture(t.ctx, { channel: 'CHAT', subject: 'hello' });
    assert.equal(i.outcome, 'TRIAGE');
    assert.match(
      String((await reload(t.ctx, i.caseInstanceId as string)).variables.triageReason),
      /orphan.*not-deployed/,
    );
  });

  it('given a rule whose process fails at its start, then the contact goes to triage rather than being refused', async () => {
    await upsertClassificationRule(t.ctx, actors.designer, {
      name: 'needs priority',
      position: 1,
      match: { channels: ['VOICE'] },
      action: { processKey: 'support-request', variables: { priority: { value: 'not a number' } } },
    });
    const i = await capture(t.ctx, { channel: 'VOICE', subject: 'wrap-up' });
    assert.equal(i.outcome, 'TRIAGE');
    assert.match(String((await reload(t.ctx, i.caseInstanceId as string)).variables.triageReason), /needs priority/);
  });

  it('given a disabled rule, then it is skipped', async () => {
    const [vip] = await getClassificationRules(t.ctx);
    await upsertClassificationRule(t.ctx, actors.designer, { ...vip, enabled: false, expectedVersion: 1 });
    const i = await capture(t.ctx, { subject: 'nothing to see', attributes: { tier: 'gold' } });
    assert.equal(i.outcome, 'TRIAGE');
  });

  it('given changes, then each is a new version with who and when, a stale version is a CONFLICT, a delete is audited', async () => {
    const [rule] = await getClassificationRules(t.ctx);
    t.clock.advance(60_000);
    const changed = await upsertClassificationRule(t.ctx, actors.admin, {
      id: rule.id,
      name: rule.name,
      position: 5,
      match: rule.match,
      action: { processKey: 'support-request', priority: 99 },
      expectedVersion: 1,
    });
    assert.equal(changed.version, 2);
    const stale = (await upsertClassificationRule(t.ctx, actors.designer, {
      id: rule.id,
      name: rule.name,
      position: 6,
      action: rule.action,
      expectedVersion: 1,
    }).catch((e) => e)) as CrossdeskError;
    assert.equal(stale.code, 'CONFLICT');
    await deleteClassificationRule(t.ctx, actors.designer, rule.id);
    const versions = await getClassificationRuleVersions(t.ctx, rule.id);
    assert.deepEqual(
      versions.map((v) => [v.version, v.change, v.actorId]),
      [
        [1, 'CREATED', 'designer'],
        [2, 'UPDATED', 'admin'],
        [3, 'DELETED', 'designer'],
      ],
    );
    assert.equal(versions[1].snapshot.action.priority, 99);
    assert.equal(versions[1].at - versions[0].at, 60_000);
    assert.equal((await getClassificationRules(t.ctx)).length, 2);
  });

  it('given invalid rules or a non-designer, then nothing is stored and the error names the field', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ match: { subjectPattern: '(' } }, 'match.subjectPattern'],
      [{ match: { subjectPattern: 'a'.repeat(201) } }, 'match.subjectPattern'],
      [{ match: { channels: ['FAX'] } }, 'match.channels'],
      [{ action: { processKey: 'a', messageName: 'b' } }, 'action.processKey'],
      [{ action: { processKey: 'a', priority: 101 } }, 'action.priority'],
      [{ action: { processKey: 'a', variables: { x: 'process.env' } } }, 'action.variables.x'],
      [{ action: { processKey: 'a', variables: { content: 'body' } } }, 'action.variables.content'],
      [{ name: 'refunds' }, 'name'],
    ];
    for (const [patch, field] of bad) {
      const err = (await upsertClassificationRule(t.ctx, actors.designer, {
        name: 'new',
        position: 1,
        action: { processKey: 'a' },
        ...patch,
      }).catch((e) => e)) as CrossdeskError;
      assert.equal(err.fields?.field, field, JSON.stringify(patch));
    }
    const forbidden = (await upsertClassificationRule(t.ctx, actors.agent, {
      name: 'x',
      position: 1,
      action: { processKey: 'a' },
    }).catch((e) => e)) as CrossdeskError;
    assert.equal(forbidden.code, 'FORBIDDEN');
    assert.equal((await getClassificationRules(t.ctx)).length, 3);
    assert.equal(Number((await t.ctx.db('classification_rule_versions').count({ n: '*' }))[0].n), 3);
  });

  it('given a seed file applied twice, then rules are added once and a designer change survives', async () => {
    const seed = [
      { name: 'chat', position: 40, match: { channels: ['CHAT'] }, action: { processKey: 'support-request' } },
    ];
    assert.equal(await seedClassificationRules(t.ctx, seed), 1);
    const chat = (await getClassificationRules(t.ctx)).find((r) => r.name === 'chat');
    await upsertClassificationRule(t.ctx, actors.designer, {
      id: chat?.id,
      name: 'chat',
      position: 41,
      action: { processKey: 'support-request' },
    });
    assert.equal(await seedClassificationRules(t.ctx, seed), 0);
    assert.equal((await getClassificationRules(t.ctx)).find((r) => r.name === 'chat')?.position, 41);
  });
});
