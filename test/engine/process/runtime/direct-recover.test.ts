import { strict as assert } from 'node:assert';
import {
  deserializeSourceContext,
  parseBpmn,
  serializeSourceContext,
} from '../../../../engine/process/definitions/index.ts';
import { resumeRun, startRun, useDirectRecover, type RunOutcome } from '../../../../engine/process/runtime/index.ts';
import type { EngineContext } from '../../../../engine/index.ts';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="t1" />
    <bpmn:userTask id="t1" />
    <bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="t2" />
    <bpmn:userTask id="t2" />
    <bpmn:sequenceFlow id="f3" sourceRef="t2" targetRef="t3" />
    <bpmn:userTask id="t3" />
    <bpmn:sequenceFlow id="f4" sourceRef="t3" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

const ctx = { clock: { now: () => 1_000 }, options: { allowScripts: false } } as EngineContext;

/** Recovers `state` one way or the other, completes the waiting task with `variables`, settles, and stores as JSON does. */
async function step(source: unknown, state: unknown, direct: boolean, variables: object): Promise<RunOutcome> {
  useDirectRecover(direct);
  try {
    const run = await resumeRun(ctx, 'pi', source, JSON.parse(JSON.stringify(state)));
    const wait = [...run.collector.waits.values()].find((w) => w.api);
    wait!.api.signal(variables);
    return await run.settle();
  } finally {
    useDirectRecover(true);
  }
}

describe('recovering the bpmn-elements Definition directly (no bpmn-engine Engine wrapper)', () => {
  let source: unknown;
  before(async () => {
    const parsed: any = await parseBpmn(XML, { maxBytes: 1e6 });
    source = deserializeSourceContext(serializeSourceContext(parsed.moddleContext).serialize());
  });

  it('given states written by either recover, then the other resumes them to the end, and both write the same shape', async () => {
    const started = await (await startRun(ctx, 'pi', source, { n: 0 })).settle();
    assert.deepEqual(started.activeElementIds, ['t1']);
    // Rows written before the direct recover (bpmn-engine's Engine) resume directly, and back.
    const viaEngine = await step(source, started.engineState, false, { n: 1 });
    const direct = await step(source, started.engineState, true, { n: 1 });
    assert.deepEqual(direct.activeElementIds, ['t2']);
    assert.deepEqual(viaEngine.activeElementIds, ['t2']);
    assert.deepEqual(direct.variables, viaEngine.variables);
    // The start's variables live in the recovered environment.
    assert.equal(direct.variables.n, 0);
    const [e, d] = [viaEngine.engineState, direct.engineState] as any[];
    assert.deepEqual(Object.keys(d).sort(), Object.keys(e).sort());
    assert.deepEqual([d.name, d.state, d.stopped, d.engineVersion], [e.name, e.state, e.stopped, e.engineVersion]);
    assert.deepEqual(Object.keys(d.definitions[0]).sort(), Object.keys(e.definitions[0]).sort());
    assert.deepEqual(
      d.definitions[0].execution.processes[0].execution.children.map((c: any) => [c.id, c.status]),
      e.definitions[0].execution.processes[0].execution.children.map((c: any) => [c.id, c.status]),
    );

    const third = await step(source, direct.engineState, false, { n: 2 });
    assert.deepEqual(third.activeElementIds, ['t3']);
    const last = await step(source, third.engineState, true, { n: 3 });
    assert.equal(last.completed, true);
    assert.deepEqual(last.activeElementIds, []);
  });
});
