import * as Elements from 'bpmn-elements';
import serializer, { deserialize, TypeResolver } from 'moddle-context-serializer';

const typeResolver = TypeResolver({ ...(Elements as any) });

/**
 * Serializes a parsed model into the form bpmn-engine runs (`new Engine({ sourceContext })`). Done
 * once per deployment: XML parsing costs far more than running a command.
 */
export function serializeSourceContext(moddleContext: unknown): unknown {
  return serializer(moddleContext as any, typeResolver);
}

/** Restores a stored serialized source (the JSON of `serializeSourceContext(...).serialize()`). */
export function deserializeSourceContext(json: string): unknown {
  return deserialize(JSON.parse(json), typeResolver);
}
