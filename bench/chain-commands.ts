/**
 * What bench/engine-part.ts and bench/cold-path.ts share: a chain model's source as a command reads it,
 * CPU time, and completing a run's open task.
 */
import { parseBpmn, serializeSourceContext, deserializeSourceContext } from '../engine/process/definitions/index.ts';
import type { EngineRun } from '../engine/process/runtime/index.ts';
import type { EngineContext } from '../engine/index.ts';
import { chainXml } from './chain-model.ts';

export const benchCtx = { clock: { now: () => Date.now() }, options: { allowScripts: false } } as EngineContext;

export async function sourceOf(tasks: number): Promise<unknown> {
  const parsed: any = await parseBpmn(chainXml(tasks), { maxBytes: 5e6 });
  return deserializeSourceContext(serializeSourceContext(parsed.moddleContext).serialize());
}

// CPU time, not wall time: the figures hold on a machine busy with other work.
export const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export function complete(run: EngineRun): void {
  const wait = [...run.collector.waits.values()].find((w) => w.api);
  wait?.api.signal({ approved: true });
}
