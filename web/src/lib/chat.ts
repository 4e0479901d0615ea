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
