/** Rules of the agent desktop that the server also enforces, so the page never offers what would fail. */

/** Why the agent cannot resume a paused task now (the server refuses it while on a call or in wrap-up), or null. */
export function resumeBlocked(agent: {
  presence: string;
  tasks: readonly { channel: string; state: string }[];
}): 'onCall' | 'wrapUp' | null {
  if (agent.tasks.some((t) => t.channel === 'VOICE' && t.state === 'ASSIGNED')) return 'onCall';
  if (agent.presence === 'WRAP_UP') return 'wrapUp';
  return null;
}
