/**
 * Pure helpers of live chat in the browser (the public page and the agent's chats), unit-tested
 * without a browser.
 */

/** A chat message as both sides receive it. */
export interface ChatLine {
  seq: number;
  author: 'CUSTOMER' | 'AGENT' | 'SYSTEM';
  body: string;
  at: number | string;
}

/** Adds messages to a list by seq: duplicates (a replay after reconnecting) are dropped, order is kept. */
export function mergeLines<T extends { seq: number }>(lines: readonly T[], more: readonly T[]): T[] {
  const bySeq = new Map(lines.map((l) => [l.seq, l]));
  for (const m of more) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq seen: where a reconnecting stream resumes. */
export const lastSeq = (lines: readonly { seq: number }[]) => lines.reduce((max, l) => Math.max(max, l.seq), 0);

/**
 * Where the page keeps the conversation token, per queue: in sessionStorage, so a reload (or the
 * widget's frame reopening) finds the conversation, and closing the tab forgets it.
 */
export const tokenKey = (queue: string) => `crossdesk.chat.${queue}`;

/** The chat page's path for a queue name from the URL (`/chat/<queue>`), or null. */
export function chatQueueOf(pathname: string): string | null {
  return /^\/chat\/([\w-]{1,100})\/?$/.exec(pathname)?.[1] ?? null;
}

/** A chat as the agent's desk holds it: enough to merge what the server says with what is shown. */
export interface DeskChat<L extends { seq: number }> {
  id: string;
  state: 'OPEN' | 'ENDED';
  endReason?: string | null;
  messages: L[];
}

/**
 * The desk after a reload: `held` (myChats), and for chats shown as open that `held` no longer lists,
 * what re-reading each one answered (`null`: not the agent's any more; no entry: the re-read failed, so
 * the card stays as it is until the next reload). An end is never undone, because the stream's word of
 * it and the reload race each other (a read can predate the end): a chat shown as ended stays ended until
 * the agent dismisses it, and one the re-read finds ended stays, with its transcript. Cards keep their
 * places, lines already seen on the stream are kept, new chats come last.
 */
export function deskAfterReload<L extends { seq: number }, C extends DeskChat<L>>(
  shown: readonly C[],
  held: readonly C[],
  reread: ReadonlyMap<string, C | null>,
): C[] {
  const heldById = new Map(held.map((c) => [c.id, c]));
  const next: C[] = [];
  for (const c of shown) {
    const fresh = heldById.get(c.id) ?? reread.get(c.id);
    if (fresh === undefined) next.push(c);
    else if (fresh === null) {
      if (c.state === 'ENDED') next.push(c);
    } else if (heldById.has(c.id) || fresh.state === 'ENDED' || c.state === 'ENDED')
      next.push({ ...fresh, ...endOf(c, fresh), messages: mergeLines(c.messages, fresh.messages) });
  }
  return [...next, ...held.filter((h) => !shown.some((c) => c.id === h.id))];
}

/** The end as either side knows it: the shown one wins when the fresh read predates it. */
const endOf = (shown: DeskChat<{ seq: number }>, fresh: DeskChat<{ seq: number }>) =>
  shown.state === 'ENDED'
    ? { state: 'ENDED' as const, endReason: fresh.endReason ?? shown.endReason }
    : { state: fresh.state, endReason: fresh.endReason };
