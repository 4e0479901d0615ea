import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Engine } from 'bpmn-engine';

const camunda = createRequire(import.meta.url)('camunda-bpmn-moddle/resources/camunda.json');

/** A live raw bpmn-engine instance: signal() completes the task it waits in; resolves once the next waits (or it ends). */
async function liveChain(xml: string) {
  const listener = new EventEmitter();
  let wait: any = null;
  listener.on('wait', (api: any) => (wait = api));
  const engine = new Engine({ source: xml, moddleOptions: { camunda } });
  await engine.execute({ listener });
  return {
    signal() {
      const current = wait;
      wait = null;
      current.signal({ done: true });
    },
  };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Raw bpmn-engine signalling live engines of the 3-task and the 40-task chain (engines started
 * untimed): CPU ms of this process per signal, every task of `instances` instances.
 */
export async function rawChains(shortXml: string, longXml: string) {
  const run = async (xml: string, tasks: number, instances: number) => {
    const live = [];
    for (let i = 0; i < instances; i++) live.push(await liveChain(xml));
    const before = cpuMs();
    for (let step = 0; step < tasks; step++) for (const l of live) l.signal();
    await new Promise((r) => setImmediate(r));
    return (cpuMs() - before) / (tasks * instances);
  };
  await run(shortXml, 3, 5);
  return { short: (n: number) => run(shortXml, 3, n), long: (n: number) => run(longXml, 40, n) };
}
