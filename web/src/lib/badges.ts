/** A small status label: its message key, parameters and tone. */
export interface Badge {
  key: string;
  params?: Record<string, string>;
  tone: 'ok' | 'warn' | 'danger';
}

const HOUR = 3_600_000;

/** "3h 20m", "45m", "2d 4h": a duration for a badge. */
export function shortDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return `${days}d ${hours}h`;
  if (hours) return `${hours}h ${mins}m`;
  return `${mins}m`;
}

/** Due-date badge: overdue, due within 4 hours, or none. */
export function dueBadge(dueAt: string | null | undefined, now: number): Badge | null {
  if (!dueAt) return null;
  const left = Date.parse(dueAt) - now;
  if (left < 0) return { key: 'badge.overdue', tone: 'danger' };
  if (left < 4 * HOUR) return { key: 'badge.dueSoon', tone: 'warn' };
  return null;
}

/**
 * SLA badge from the task's deadline and creation: breached, at risk when under a fifth of the
 * window is left, otherwise the time left.
 */
export function slaBadge(
  task: { slaDueAt?: string | null; slaBreachedAt?: string | null; createdAt: string },
  now: number,
): Badge | null {
  if (!task.slaDueAt) return null;
  const due = Date.parse(task.slaDueAt);
  if (task.slaBreachedAt || due <= now) return { key: 'badge.slaBreached', tone: 'danger' };
  const window = due - Date.parse(task.createdAt);
  const left = due - now;
  if (window > 0 && left / window < 0.2) return { key: 'badge.slaAtRisk', tone: 'warn' };
  return { key: 'badge.slaOk', params: { left: shortDuration(left) }, tone: 'ok' };
}
