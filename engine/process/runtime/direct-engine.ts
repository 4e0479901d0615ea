import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import * as Elements from 'bpmn-elements';

// Stored states say which bpmn-engine wrote them, as bpmn-engine's own getState does.
// (its package.json is not among its exports, so it is read beside its entry).
const ENGINE_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.resolve('bpmn-engine')), 'utf8'),
).version;

/**
 * A recovered instance without bpmn-engine's `Engine` wrapper: the bpmn-elements `Definition` of the
 * stored state, recovered and resumed directly, behind the part of `Engine` that Crossdesk uses
 * (`execution.signal/definitions/getPostponed`, `getState`, `error` and `end` events). What the wrapper
 * added per command and this skips: a type resolver, a broker, an environment and its clone, and, for
 * every message of the run, an element api, a listener event nobody listens to and a copy re-published
 * on the wrapper's own broker. The state it writes has `Engine.getState`'s shape (and reads what
 * `Engine.recover` reads), so rows written by either resume with the other.
 */
export function recoverDirect(options: Record<string, any>, state: any, listener: EventEmitter): any {
  const engine: any = new EventEmitter();
  const environment = new (Elements as any).Environment(options).recover(state.environment);
  const [saved] = state.definitions;
  const context = new (Elements as any).Context(
    options.sourceContext,
    environment.clone({
      listener,
      settings: { ...environment.settings },
      variables: { ...environment.variables },
      source: options.sourceContext,
    }),
  );
  const definition = new (Elements as any).Definition(context);
  definition.recover(saved);
  let running = false;
  const onChild = (routingKey: string, message: any, owner: any) => {
    if (routingKey === 'definition.resume' || routingKey === 'definition.enter') running = true;
    // Only the events someone listens to build an element api (the wrapper built one for every message).
    if (routingKey === 'activity.wait') listener.emit('wait', owner.getApi(message));
    if (listener.listenerCount(routingKey) > 0) listener.emit(routingKey, owner.getApi?.(message));
    if (routingKey === 'definition.leave') {
      running = false;
      definition.broker.cancel('_engine_definition');
      engine.emit('end', engine);
    } else if (routingKey === 'definition.error') {
      running = false;
      definition.broker.cancel('_engine_definition');
      engine.emit('error', message.content.error);
    } else if (routingKey === 'definition.stop') {
      running = false;
      definition.broker.cancel('_engine_definition');
    }
  };
  const execution = {
    definitions: [definition],
    signal: (payload: unknown) => running && definition.signal(payload),
    getPostponed: () => definition.getPostponed(),
  };
  engine.execution = execution;
  engine.resume = async () => {
    const { queueName } = definition.broker.subscribeTmp('event', 'definition.#', onChild, {
      noAck: true,
      consumerTag: '_engine_definition',
    });
    for (const pattern of ['process.#', 'activity.#', 'flow.#'])
      definition.broker.bindQueue(queueName, 'event', pattern);
    definition.resume();
    return execution;
  };
  engine.getState = async () => ({
    name: options.name,
    state: running ? 'running' : 'idle',
    stopped: !running,
    engineVersion: ENGINE_VERSION,
    environment: environment.getState(),
    definitions: [definition.getState()],
  });
  return engine;
}
