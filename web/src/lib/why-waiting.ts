/** One reason a task waits, as `whyWaiting` returns it. */
export interface WaitReason {
  code: string;
  requirement: string | null;
}

const PRESENCE_COUNT = /\b(OFFLINE|AVAILABLE|BUSY|WRAP_UP|AWAY)\b/g;

/**
 * The parameters of a reason's message: the requirement is data (skills, candidate names, agent ids),
 * except the parts that are codes the catalogue translates (task states, presences) and instants,
 * which are shown in the viewer's locale.
 */
export function reasonParams(
  reason: WaitReason,
  fmt: { t: (key: string) => string; dt: (iso: string) => string },
): Record<string, string> {
  const raw = reason.requirement ?? '';
  if (reason.code === 'NOT_WAITING') return { requirement: fmt.t(`task.state.${raw}`) };
  if (reason.code === 'NOT_OPEN' || reason.code === 'WINDOW_CLOSED') return { requirement: fmt.dt(raw) };
  if (reason.code === 'NOBODY_PRESENT')
    return { requirement: raw.replace(PRESENCE_COUNT, (p) => fmt.t(`presence.${p}`)) };
  return { requirement: raw };
}
