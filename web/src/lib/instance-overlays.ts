/** What the instance diagram marks, per BPMN element id. */
export interface InstanceMarks {
  active: string[];
  completed: string[];
  /** Open tasks per user-task element. */
  openTasks: Record<string, number>;
  /** Open incidents per element. */
  incidents: Record<string, number>;
  /** How often each element completed (loops, multi-instance). */
  counts: Record<string, number>;
}

interface InstanceLike {
  activeElementIds: string[];
  history: { type: string; elementId?: string | null }[];
  tasks: { elementId: string | null; state: string }[];
  incidents: { elementId?: string | null }[];
}

const OPEN = new Set(['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED']);

const bump = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);

/** Derives the diagram marks from an instance's state, history, tasks and incidents. */
export function instanceMarks(instance: InstanceLike): InstanceMarks {
  const counts: Record<string, number> = {};
  for (const h of instance.history) if (h.type === 'element.completed' && h.elementId) bump(counts, h.elementId);
  const openTasks: Record<string, number> = {};
  for (const task of instance.tasks) if (OPEN.has(task.state) && task.elementId) bump(openTasks, task.elementId);
  const incidents: Record<string, number> = {};
  for (const i of instance.incidents) if (i.elementId) bump(incidents, i.elementId);
  const active = [...new Set(instance.activeElementIds)];
  return { active, completed: Object.keys(counts).filter((id) => !active.includes(id)), openTasks, incidents, counts };
}

/** A sequence flow of the diagram, by the ids of its ends. */
export interface FlowLike {
  id: string;
  source: string;
  target: string;
}

/**
 * The sequence flows the instance went along: those whose source completed and whose target was
 * entered. History records elements, not flows, so this is read off both ends; behind an exclusive
 * gateway only the branch whose target started counts.
 */
export function takenFlows(flows: readonly FlowLike[], history: InstanceLike['history']): string[] {
  const completed = new Set(
    history.filter((h) => h.type === 'element.completed' && h.elementId).map((h) => h.elementId as string),
  );
  const entered = new Set(
    history
      .filter((h) => (h.type === 'element.started' || h.type === 'element.completed') && h.elementId)
      .map((h) => h.elementId as string),
  );
  return flows.filter((f) => completed.has(f.source) && entered.has(f.target)).map((f) => f.id);
}
