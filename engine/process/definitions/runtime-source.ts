import { Engine } from 'bpmn-engine';
import type { SerializableContext } from 'moddle-context-serializer';
import type { BpmnProblem } from '../../core/errors/index.ts';
import { deserializeSourceContext, serializeSourceContext } from './source-context.ts';

/** The runtime source of a model, serialized once; or why the runtime cannot load it. */
export type RuntimeSource =
  { ok: true; sourceContext: SerializableContext; json: string } | { ok: false; problems: BpmnProblem[] };

const noop = () => undefined;
const SILENT = { debug: noop, error: noop, warn: noop };

/** The element an error names (`Unknown activity type bpmn:X`, `<id>`), else the definitions. */
function blame(message: string, moddleContext: any, fallback: string): string {
  const byId = moddleContext.elementsById ?? {};
  const quoted = /<([^<>\s]+)>/.exec(message)?.[1];
  if (quoted && byId[quoted]) return quoted;
  const type = /\b(bpmn:[A-Za-z]+)\b/.exec(message)?.[1];
  const typed = type && Object.values<any>(byId).find((el) => el?.$type === type);
  return typed?.id ?? fallback;
}

/**
 * Serializes a linted, normalized model for the runtime and loads it back as every command will
 * (stored JSON, deserialized, every process's activities built), without running anything. Lint
 * cannot foresee every element the runtime has no behaviour for; this makes such a model a
 * `crossdesk/not-runnable` problem at deployment instead of an unexpected error, then or later.
 */
export async function buildRuntimeSource(moddleContext: any, definitionsId: string): Promise<RuntimeSource> {
  try {
    const sourceContext = serializeSourceContext(moddleContext);
    const json = sourceContext.serialize();
    const engine = new Engine({
      name: 'deployment-check',
      sourceContext: deserializeSourceContext(json) as any,
      Logger: () => SILENT,
    } as any);
    for (const definition of await engine.getDefinitions())
      for (const process of definition.getProcesses()) process.getActivities();
    return { ok: true, sourceContext, json };
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split('\n')[0];
    return {
      ok: false,
      problems: [
        {
          elementId: blame(message, moddleContext, definitionsId),
          rule: 'crossdesk/not-runnable',
          message: `the runtime cannot load this model: ${message}`,
        },
      ],
    };
  }
}
