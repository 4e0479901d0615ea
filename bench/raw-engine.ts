import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Engine } from 'bpmn-engine';

const camunda = createRequire(import.meta.url)('camunda-bpmn-moddle/resources/camunda.json');

/** Raw bpmn-engine: start an instance from XML (parsed every time, as the library is normally used) and wait for the first user task. */
export async function rawStartFromXml(xml: string): Promise<any> {
  return rawStart(new Engine({ source: xml, moddleOptions: { camunda } }));
}

/** Raw bpmn-engine with a pre-serialized source: the engine work alone, no XML parsing. */
export async function rawStartFromContext(sourceContext: unknown): Promise<any> {
  return rawStart(new Engine({ sourceContext: sourceContext as any }));
}

async function rawStart(engine: any): Promise<{ engine: any; wait: any }> {
  const listener = new EventEmitter();
  let wait: any = null;
  listener.once('wait', (api: any) => (wait = api));
  await engine.execute({ listener });
  if (!wait) throw new Error('raw engine did not reach the user task');
  return { engine, wait };
}
