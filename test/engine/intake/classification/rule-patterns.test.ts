import { strict as assert } from 'node:assert';
import * as engine from '../../../../engine/index.ts';
import { insertRule } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { useTestEngine } from '../../../support/scenario.ts';
import { capture } from '../interactions/support.ts';

async function failure(p: Promise<unknown>): Promise<engine.CrossdeskError> {
  try {
    await p;
  } catch (err) {
    return err as engine.CrossdeskError;
  }
  throw new Error('expected a failure');
}

const supportRule = (name: string, position: number, match: Record<string, unknown>) => ({
  name,
  position,
  match,
  action: { processKey: 'support-request' },
});

describe('classification rule patterns', () => {
  const use = useTestEngine(new URL('../interactions/x.test.ts', import.meta.url).href, 'support-request.bpmn');
  let t: TestEngine;
  beforeEach(() => {
    t = use();
  });
  const save = (input: ReturnType<typeof supportRule>) =>
    engine.upsertClassificationRule(t.ctx, actors.designer, input);

  it('given a pattern RE2 cannot run, then saving it is BAD_USER_INPUT naming the field, and nothing is stored', async () => {
    const backReference = await failure(save(supportRule('echo', 1, { subjectPattern: '^(\\w)\\1' })));
    assert.deepEqual([backReference.code, backReference.fields.field], ['BAD_USER_INPUT', 'match.subjectPattern']);
    assert.match(backReference.message, /back-references/);
    const lookAhead = await failure(save(supportRule('ahead', 1, { bodyPattern: 'refund(?= now)' })));
    assert.deepEqual([lookAhead.code, lookAhead.fields.field], ['BAD_USER_INPUT', 'match.bodyPattern']);
    assert.deepEqual(await engine.getClassificationRules(t.ctx), []);
  });

  it('given a catastrophic pattern, then a hostile subject is classified in linear time', async () => {
    await save(supportRule('hostile', 1, { subjectPattern: '^(a+)+$' }));
    await save(supportRule('nested', 2, { bodyPattern: '^(a|a)*$' }));
    // 31 characters already cost a backtracking engine seconds; RE2 does not care about length
    // (subjects are at most 1,000 characters; patterns see the first 20,000 of a body).
    for (const length of [31, 19_000]) {
      const hostile = (n: number) => 'a'.repeat(n) + '!';
      const body = hostile(length) + 'a'.repeat(80_000);
      const start = performance.now();
      const i = await capture(t.ctx, { subject: hostile(Math.min(length, 990)), body });
      const ms = performance.now() - start;
      assert.equal(i.ruleId, null, 'no rule matches');
      assert.ok(ms < 2000, `classifying ${length + 1} characters took ${ms} ms`);
    }
  });

  it('given a stored rule RE2 cannot run, then start-up reports it, the rule shows the problem, and contacts skip it', async () => {
    const now = t.clock.now();
    // As a database from before RE2 would hold it: saving refuses this pattern now.
    await insertRule(t.ctx.db, {
      id: 'cr_old',
      name: 'old echo rule',
      position: 1,
      enabled: true,
      match: { subjectPattern: '^(\\w)\\1' },
      action: { processKey: 'support-request' },
      version: 1,
      updatedBy: 'designer',
      updatedAt: now,
    });
    await save(supportRule('fallback', 2, { subjectPattern: '^aa' }));
    const found = await engine.reportStoredPatternProblems(t.ctx);
    assert.deepEqual(
      found.map((p) => [p.kind, p.id]),
      [['classification-rule', 'cr_old']],
    );
    assert.match(found[0].problem, /^match\.subjectPattern: .*back-references/);
    const [old] = await engine.getClassificationRules(t.ctx);
    assert.match(engine.ruleProblem(old) ?? '', /subjectPattern/);
    const i = await capture(t.ctx, { subject: 'aa, a repeated letter' });
    const rule = await engine.getClassificationRule(t.ctx, i.ruleId as string);
    assert.equal(rule?.name, 'fallback', 'the unusable rule is skipped, the next one matches');
  });
});
