/**
 * Reasons this node is not ready yet besides the database and migrations: the change feed holds it while
 * catching up (`hold('feed')` ... `release('feed')`), anything else may too. /health/ready answers 503
 * while a reason is held and names the reasons.
 */
export interface ReadinessGate {
  hold(reason: string): void;
  release(reason: string): void;
  /** The reasons held now, in the order they were taken. */
  held(): string[];
}

export function makeReadinessGate(): ReadinessGate {
  const reasons = new Set<string>();
  return {
    hold: (reason) => void reasons.add(reason),
    release: (reason) => void reasons.delete(reason),
    held: () => [...reasons],
  };
}
