/** A history entry as the timelines query it. */
export interface HistoryLike {
  type: string;
  elementId?: string | null;
  elementName?: string | null;
  taskId?: string | null;
}

/** A task of the instance, to name task entries by the task's own (resolved) name. */
export interface TaskName {
  id: string;
  elementId?: string | null;
  name?: string | null;
}

/** The catalogue key of a history type's label (`history.task.claimed`). */
export const historyKey = (type: string): string => `history.${type}`;

const hasExpression = (text: string) => /[$#]\{/.test(text);

/**
 * What an entry is about, for people: the task's own name for task entries (`Review complaint C-7`,
 * not `Review complaint ${caseRef}`), else the element's modelled name, else its id.
 */
export function subjectOf(entry: HistoryLike, tasks: readonly TaskName[] = []): string {
  const task = entry.taskId ? tasks.find((t) => t.id === entry.taskId) : undefined;
  if (task?.name) return task.name;
  const name = entry.elementName?.trim();
  if (name && !hasExpression(name)) return name;
  // An element whose name is an expression: the newest task made from it knows the resolved name.
  const made = entry.elementId ? tasks.filter((t) => t.elementId === entry.elementId && t.name) : [];
  if (made.length) return made[made.length - 1].name as string;
  return name || entry.elementId || '';
}

/**
 * A readable line for a history entry: the label of its type with the subject filled in, e.g.
 * "Started “Complaint received”". `has` tells whether the catalogue knows a type; an unknown one
 * (a newer server) shows its type name rather than nothing.
 */
export function historyLine(
  entry: HistoryLike,
  t: (key: string, params?: Record<string, string | number>) => string,
  has: (key: string) => boolean,
  tasks: readonly TaskName[] = [],
): string {
  const element = subjectOf(entry, tasks);
  const key = historyKey(entry.type);
  if (has(key)) return t(key, { element });
  return element ? `${entry.type} · ${element}` : entry.type;
}
