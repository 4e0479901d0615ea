import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { Timers } from 'bpmn-elements';
import { makeBpmnExpressions } from '../engine/core/expressions/index.ts';
import { parseBpmn, serializeSourceContext } from '../engine/process/definitions/index.ts';

/** Raw bpmn-engine: `count` live engines each waiting on a timer; returns timers fired per second when all fire. */
export async function rawFireTimers(xml: string, count: number): Promise<number> {
  const parsed = await parseBpmn(xml, { maxBytes: 5e6 });
  if (!parsed.ok) throw new Error('bench model does not parse');
  const sourceContext = serializeSourceContext(parsed.moddleContext);
  const pending: (() => void)[] = [];
  const timers = new Timers({
    setTimeout: ((fn: () => void) => (pending.push(fn), {})) as any,
    clearTimeout: (() => undefined) as any,
  });
  for (let i = 0; i < count; i++) {
    const engine = new Engine({
      sourceContext: sourceContext as any,
      timers,
      expressions: makeBpmnExpressions(),
    } as any);
    await engine.execute({ listener: new EventEmitter(), variables: { kind: 'timer', delay: 'PT1M' } });
  }
  const started = process.hrtime.bigint();
  for (const fire of pending) fire();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}
