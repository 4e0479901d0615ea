import { strict as assert } from 'node:assert';
import {
  deployProcess,
  queryDefinitions,
  type BpmnInvalidError,
  type CrossdeskError,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { fixture, openTask, start } from '../../../support/scenario.ts';

async function failure(p: Promise<unknown>): Promise<CrossdeskError> {
  try {
    await p;
  } catch (err) {
    return err as CrossdeskError;
  }
  throw new Error('expected a failure');
}

const rulesOf = (err: CrossdeskError) => (err as BpmnInvalidError).problems.map((p) => `${p.elementId} ${p.rule}`);

describe('deployment', () => {
  let t: TestEngine;
  const deploy = (xml: string) => deployProcess(t.ctx, actors.designer, { bpmnXml: xml });
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  it('reports every construct the runtime cannot execute, on the element concerned, and stores nothing', async () => {
    const err = await failure(deploy(fixture(import.meta.url, 'unsupported.bpmn')));
    assert.equal(err.code, 'BPMN_INVALID');
    const rules = rulesOf(err);
    for (const expected of [
      'join crossdesk/inclusive-join',
      'cx crossdesk/complex-gateway',
      'evt crossdesk/event-subprocess-start',
      'b crossdesk/script-task',
      'ext crossdesk/external-topic',
      'f2 crossdesk/invalid-expression',
      'a crossdesk/invalid-routing',
    ])
      assert.ok(rules.includes(expected), `missing ${expected} in ${rules.join(', ')}`);
    assert.equal(
      rules.filter((r) => r === 'a crossdesk/invalid-routing').length,
      4,
      'skills, sla, businessValue, interruptible',
    );
    assert.deepEqual(await queryDefinitions(t.ctx), []);
  });

  it('refuses a process without a start event, a file without an executable process, and two executable processes', async () => {
    assert.ok(
      rulesOf(await failure(deploy(fixture(import.meta.url, 'no-start.bpmn')))).includes(
        'noStart crossdesk/no-start-event',
      ),
    );
    assert.ok(
      rulesOf(await failure(deploy(fixture(import.meta.url, 'not-executable.bpmn')))).includes(
        'draft crossdesk/no-executable-process',
      ),
    );
    assert.ok(
      rulesOf(await failure(deploy(fixture(import.meta.url, 'two-executable.bpmn')))).includes(
        'two crossdesk/single-executable-process',
      ),
    );
  });

  it('gives malformed XML, non-BPMN XML, an empty upload and an oversized one each a clear error', async () => {
    assert.deepEqual(
      rulesOf(await failure(deploy('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process'))),
      ['definitions malformed-xml'],
    );
    assert.deepEqual(rulesOf(await failure(deploy('<?xml version="1.0"?><note><to>Tove</to></note>'))), [
      'definitions not-bpmn',
    ]);
    assert.equal((await failure(deploy('   '))).code, 'BAD_USER_INPUT');
    const started = Date.now();
    const big = await failure(
      deploy(fixture(import.meta.url, 'no-start.bpmn') + '<!--' + 'x'.repeat(10 * 1024 * 1024) + '-->'),
    );
    assert.equal(big.code, 'PAYLOAD_TOO_LARGE');
    assert.ok(Date.now() - started < 1000, 'refused before parsing');
  });

  it('versions per process id: changed XML is the next version, identical XML the same one', async () => {
    const xml = fixture(import.meta.url, 'script.bpmn')
      .replace('<scriptTask', '<task')
      .replace(/<script>.*<\/script><\/scriptTask>/, '</task>');
    const v1 = await deploy(xml);
    const v2 = await deploy(xml.replace('Total', 'Sum'));
    const again = await deploy(xml.replace('Total', 'Sum'));
    assert.deepEqual([v1.version, v2.version, again.version], [1, 2, 2]);
    assert.equal(again.id, v2.id);
    assert.deepEqual(
      (await queryDefinitions(t.ctx, 'scripted')).map((d) => d.version),
      [2, 1],
    );
  });

  it('refuses deployment to non-designers', async () => {
    assert.equal(
      (await failure(deployProcess(t.ctx, actors.expert, { bpmnXml: fixture(import.meta.url, 'script.bpmn') }))).code,
      'FORBIDDEN',
    );
  });

  it('runs script tasks only when CROSSDESK_ALLOW_SCRIPTS is on', async () => {
    assert.ok(
      rulesOf(await failure(deploy(fixture(import.meta.url, 'script.bpmn')))).includes('calc crossdesk/script-task'),
    );
    const open = await makeTestEngine({ allowScripts: true });
    try {
      await seedUsers(open.ctx);
      await deployProcess(open.ctx, actors.designer, { bpmnXml: fixture(import.meta.url, 'script.bpmn') });
      const instance = await start(open.ctx, 'scripted', { a: 2, b: 3 });
      assert.equal((await openTask(open.ctx, instance.id, 'show')).name, 'Total 5');
    } finally {
      await open.close();
    }
  });
});
