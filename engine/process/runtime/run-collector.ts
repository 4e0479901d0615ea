import { EventEmitter } from 'node:events';
import type { HistoryRecord } from '../../../models/index.ts';

/** What a waiting execution waits for. */
export const WaitKind = {
  USER_TASK: 'USER_TASK',
  MESSAGE: 'MESSAGE',
  SIGNAL: 'SIGNAL',
  EXTERNAL: 'EXTERNAL',
  OTHER: 'OTHER',
} as const;
export type WaitKind = (typeof WaitKind)[keyof typeof WaitKind];

/** One execution that is waiting when a command settles. */
export interface WaitInfo {
  kind: WaitKind;
  elementId: string;
  executionId: string;
  elementType: string;
  name: string | null;
  /** The element's BPMN attributes (camunda: and crossdesk: ones included). */
  behaviour: Record<string, any>;
  /** Process variables when the wait began: task attributes are resolved against them. */
  variables: Record<string, unknown>;
  loopIndex: number | null;
  /** The collection item of a multi-instance iteration, if it iterates a collection. */
  item: unknown;
  /** Message or signal name for MESSAGE/SIGNAL waits; the BPMN message id for delivering it. */
  eventName: string | null;
  eventRefId: string | null;
  /** The engine's element api of this wait: signal it, or reach its environment. Valid during the run only. */
  api: any;
  /** For EXTERNAL work: finishes the service call (error, or output). Valid during the run only. */
  complete?: (err: Error | null, output?: unknown) => void;
}

const ENDS = ['activity.end', 'activity.leave', 'activity.discard', 'activity.stop'];
const USER_TASK_TYPES = new Set(['bpmn:UserTask', 'bpmn:ManualTask']);
// Elements whose start/end are worth a history row; flows and event definitions would only add noise.
const SKIP_HISTORY = /EventDefinition$|SequenceFlow$/;

function waitKind(api: any): WaitKind {
  if (USER_TASK_TYPES.has(api.type)) return WaitKind.USER_TASK;
  if (api.content?.message) return WaitKind.MESSAGE;
  if (api.content?.signal) return WaitKind.SIGNAL;
  return WaitKind.OTHER;
}

/** The multi-instance element variable of an activity (camunda:elementVariable, default `item`). */
export function elementVariable(api: any): string {
  const loop = api.owner?.behaviour?.loopCharacteristics;
  return loop?.behaviour?.elementVariable ?? loop?.elementVariable ?? 'item';
}

function toWait(api: any): WaitInfo {
  const kind = waitKind(api);
  const ref = kind === WaitKind.MESSAGE ? api.content.message : kind === WaitKind.SIGNAL ? api.content.signal : null;
  return {
    kind,
    elementId: api.id,
    executionId: api.executionId,
    elementType: api.type,
    name: api.name ?? api.owner?.name ?? null,
    behaviour: api.owner?.behaviour ?? {},
    variables: { ...(api.environment?.variables ?? {}) },
    loopIndex: api.content?.isMultiInstance ? Number(api.content.index) : null,
    // bpmn-elements puts a collection iteration's item under the loop's element variable name.
    item: api.content?.isMultiInstance ? api.content[elementVariable(api)] : undefined,
    eventName: ref?.name ?? ref?.id ?? null,
    eventRefId: ref?.id ?? null,
    api,
  };
}

/**
 * Listens to one engine run and keeps what the command must persist: the executions still waiting,
 * element history, and the process environment (for variables). bpmn-engine re-emits `wait` for every
 * waiting execution on resume, so the set here is complete for the run, not just what changed.
 */
export function makeRunCollector(instanceId: string, now: () => number) {
  const listener = new EventEmitter();
  const waits = new Map<string, WaitInfo>();
  let history: HistoryRecord[] = [];
  let environment: any = null;
  let recording = false;

  listener.on('wait', (api: any) => {
    waits.set(api.executionId, toWait(api));
  });
  for (const event of ENDS) {
    listener.on(event, (api: any) => {
      const id: string = api.executionId;
      for (const key of waits.keys()) if (key === id || key.startsWith(id + '_')) waits.delete(key);
    });
  }
  const track = (type: string) => (api: any) => {
    if (api.environment && api.content?.parent?.type === 'bpmn:Process') environment = api.environment;
    if (!recording || SKIP_HISTORY.test(api.type)) return;
    history.push({
      instanceId,
      taskId: null,
      type,
      elementId: api.id,
      actorId: null,
      onBehalfOf: null,
      at: now(),
      data: { elementType: api.type, executionId: api.executionId },
    });
  };
  listener.on('activity.start', track('element.started'));
  listener.on('activity.end', track('element.completed'));

  /** A service task handed to outside workers is running; it waits for `complete`. */
  const registerExternal = (activity: any, executeMessage: any, topic: string, complete: WaitInfo['complete']) => {
    const executionId = executeMessage.content.executionId;
    waits.set(executionId, {
      kind: WaitKind.EXTERNAL,
      elementId: activity.id,
      executionId,
      elementType: activity.type,
      name: activity.name ?? null,
      behaviour: activity.behaviour ?? {},
      variables: { ...(activity.environment?.variables ?? {}) },
      loopIndex: null,
      item: undefined,
      eventName: topic,
      eventRefId: null,
      api: null,
      complete,
    });
  };

  return {
    listener,
    waits,
    registerExternal,
    /** History rows of the current command. */
    get history() {
      return history;
    },
    /** A new command on the same live engine: its history starts empty (the last one's rows are persisted). */
    reset() {
      history = [];
    },
    /** Start keeping history rows (off while resume replays the waiting state). */
    startRecording() {
      recording = true;
    },
    /** The root process environment last seen, if any event came from the root process. */
    environment: () => environment,
  };
}

export type RunCollector = ReturnType<typeof makeRunCollector>;
