import { queueSites, type Db, type TaskRecord } from '../../../models/index.ts';
import { siteCalendars } from './manage-sites.ts';

/**
 * Gives new tasks their site before they are stored: the one they name (a model's crossdesk:site, a
 * capture's or callback's site), else their queue's; their site scope starts as that site alone. A
 * queue whose SLA counts business time moves the SLA deadline by the site's hours and holidays (the
 * creator computed it in calendar time from the same duration). Changes the tasks in place, so that
 * the records the router indexes keep the shape newTask gave them.
 */
export async function placeInSites(db: Db, tasks: readonly TaskRecord[]): Promise<void> {
  if (tasks.length === 0) return;
  const queues = await queueSites(
    db,
    tasks.map((t) => t.queue).filter((q): q is string => q !== null),
  );
  for (const task of tasks) {
    const queue = task.queue ? queues.get(task.queue) : undefined;
    task.siteId = task.siteId ?? queue?.siteId ?? null;
    if (task.siteScope === null && task.siteId !== null) task.siteScope = [task.siteId];
  }
  const business = tasks.filter(
    (t) => t.siteId !== null && t.slaDueAt !== null && t.queue && queues.get(t.queue)?.businessHoursSla,
  );
  if (business.length === 0) return;
  const calendars = await siteCalendars(
    db,
    business.map((t) => t.siteId as string),
  );
  for (const task of business) {
    const calendar = calendars.get(task.siteId as string);
    if (calendar?.hasHours)
      task.slaDueAt = calendar.addBusinessTime(task.createdAt, (task.slaDueAt as number) - task.createdAt);
  }
}
