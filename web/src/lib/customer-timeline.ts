/**
 * The customer page's timeline: contacts, cases and tasks in one list, newest first. Pure functions,
 * unit-tested without a browser.
 */

/** One line of the timeline: a contact, a case or a task, as the customer query returned it. */
export type TimelineEntry<I, C, T> =
  | { kind: 'interaction'; at: string; id: string; item: I }
  | { kind: 'case'; at: string; id: string; item: C }
  | { kind: 'task'; at: string; id: string; item: T };

const ORDER = { interaction: 0, case: 1, task: 2 } as const;

/** Merges a customer's interactions, cases and tasks, newest first (a case by its start, a task by its creation). */
export function customerTimeline<
  I extends { id: string; createdAt: string },
  C extends { id: string; startedAt: string },
  T extends { id: string; createdAt: string },
>(customer: {
  interactions?: { edges: { node: I }[] } | null;
  cases?: C[] | null;
  tasks?: T[] | null;
}): TimelineEntry<I, C, T>[] {
  const entries: TimelineEntry<I, C, T>[] = [
    ...(customer.interactions?.edges ?? []).map(
      (e) => ({ kind: 'interaction', at: e.node.createdAt, id: e.node.id, item: e.node }) as const,
    ),
    ...(customer.cases ?? []).map((c) => ({ kind: 'case', at: c.startedAt, id: c.id, item: c }) as const),
    ...(customer.tasks ?? []).map((t) => ({ kind: 'task', at: t.createdAt, id: t.id, item: t }) as const),
  ];
  return entries.sort(
    (a, b) =>
      Date.parse(b.at) - Date.parse(a.at) || ORDER[a.kind] - ORDER[b.kind] || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

/** A submitted form's fields as label/value pairs for display (values as text; nested values as JSON). */
export function formFieldRows(attributes: unknown): { name: string; value: string }[] {
  const fields = (attributes as { fields?: unknown } | null)?.fields;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return [];
  return Object.entries(fields as Record<string, unknown>).map(([name, value]) => ({
    name,
    value:
      value === null || value === undefined
        ? ''
        : Array.isArray(value)
          ? value.map(String).join(', ')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value),
  }));
}

/** An attachment's size for people: bytes, kB or MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The reply's default subject: "Re: <subject>" (the server adds the case tag). */
export function replySubject(subject: string | null | undefined): string {
  const s = (subject ?? '').trim();
  return /^re:/i.test(s) ? s : `Re: ${s}`.trim();
}
