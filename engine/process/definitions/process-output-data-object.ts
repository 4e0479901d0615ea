/**
 * bpmn-engine's `ProcessOutputDataObject` (src/extensions, v25), which its package does not export.
 * bpmn-engine runs data objects and data store references with it by default: values live in the
 * `data` variable and in the process output, keyed by element id. Behaves as the original so that
 * a source serialized here runs as if bpmn-engine had parsed the XML itself.
 */
export function ProcessOutputDataObject(this: any, dataObjectDef: any, { environment }: { environment: any }): void {
  this.def = dataObjectDef;
  this.environment = environment;
  this.behaviour = dataObjectDef.behaviour;
  this.name = dataObjectDef.name;
  this.parent = dataObjectDef.parent;
  this.id = dataObjectDef.id;
  this.type = dataObjectDef.type;
}

ProcessOutputDataObject.prototype.read = function read(
  broker: any,
  exchange: string,
  routingKeyPrefix: string,
  messageProperties: unknown,
) {
  const { id, name, type } = this;
  const value = this.environment.variables.data?.[id];
  return broker.publish(exchange, `${routingKeyPrefix}response`, { id, name, type, value }, messageProperties);
};

ProcessOutputDataObject.prototype.write = function write(
  broker: any,
  exchange: string,
  routingKeyPrefix: string,
  value: unknown,
  messageProperties: unknown,
) {
  const { id, name, type } = this;
  const environment = this.environment;
  (environment.variables.data ??= {})[id] = value;
  (environment.output.data ??= {})[id] = value;
  return broker.publish(exchange, `${routingKeyPrefix}response`, { id, name, type, value }, messageProperties);
};
