/** The task fields the inbox lists. */
export interface TaskRow {
  id: string;
  name: string | null;
  state: string;
  queue: string | null;
  priority: number;
  dueAt: string | null;
  slaDueAt: string | null;
  slaBreachedAt: string | null;
  createdAt: string;
  assignee: { id: string; name: string } | null;
  channel?: string;
  processDefinition: { key: string } | null;
}

const CLOSED = new Set(['COMPLETED', 'CANCELLED']);

/**
 * Applies a pushed task event to the listed page at once (the inbox refetches the page shortly after,
 * for the order and total): closed tasks leave, known tasks change in place, new tasks that `matches`
 * accepts are added on top. Returns a new array and how the total changed.
 */
export function applyTaskEvent(
  rows: readonly TaskRow[],
  event: { type: string; task: TaskRow },
  matches: (task: TaskRow) => boolean,
): { rows: TaskRow[]; delta: number } {
  const index = rows.findIndex((r) => r.id === event.task.id);
  const keep = !CLOSED.has(event.task.state) && matches(event.task);
  if (index >= 0 && !keep) return { rows: rows.filter((_, i) => i !== index), delta: -1 };
  if (index >= 0) return { rows: rows.map((r, i) => (i === index ? { ...r, ...event.task } : r)), delta: 0 };
  if (keep) return { rows: [event.task, ...rows], delta: 1 };
  return { rows: [...rows], delta: 0 };
}

/** A client-side check of what the server filter would say, for the fields a pushed task carries. */
export function matchesView(
  view: { scope: string; queue: string; processKey: string; text: string },
  userId: string,
): (task: TaskRow) => boolean {
  return (task) => {
    if (view.scope === 'mine' && task.assignee?.id !== userId) return false;
    if (view.scope === 'eligible' && task.assignee && task.assignee.id !== userId) return false;
    if (view.queue && task.queue !== view.queue) return false;
    if (view.processKey && task.processDefinition?.key !== view.processKey) return false;
    if (view.text && !(task.name ?? '').toLowerCase().includes(view.text.toLowerCase())) return false;
    return true;
  };
}
