import * as Elements from 'bpmn-elements';
import Serializer, {
  deserialize,
  TypeResolver,
  type extendFn,
  type SerializableContext,
} from 'moddle-context-serializer';
import { ProcessOutputDataObject } from './process-output-data-object.ts';

/** bpmn-engine's `defaultTypeResolver`: its own data object behaviour over bpmn-elements' one. */
function engineTypes(types: Record<string, unknown>): void {
  types['bpmn:DataObject'] = ProcessOutputDataObject;
  types['bpmn:DataStoreReference'] = ProcessOutputDataObject;
}

// What `new Engine()` builds when given no `elements` or `typeResolver` option.
const typeResolver = TypeResolver({ ...Elements }, engineTypes);

/**
 * Serializes a parsed model (the whole `fromXML` result) into the source bpmn-engine runs, as the
 * engine does itself for `new Engine({ source })`: pass the result as `new Engine({ sourceContext })`,
 * and store `result.serialize()`. Done once per deployment, since parsing XML costs far more than
 * running a command. `extendFn` is bpmn-engine's option of the same name.
 */
export function serializeSourceContext(moddleContext: unknown, extend?: extendFn): SerializableContext {
  return Serializer(moddleContext as any, typeResolver, extend);
}

/** Restores a stored source (the JSON of `serializeSourceContext(...).serialize()`) without any XML. */
export function deserializeSourceContext(json: string): SerializableContext {
  return deserialize(JSON.parse(json), typeResolver);
}
