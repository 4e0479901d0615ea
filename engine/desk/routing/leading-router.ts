import type { EngineContext } from '../../core/context/index.ts';
import type { Leadership } from '../../core/leadership/index.ts';
import { makeRouter, type Router, type RouterOptions } from './router.ts';

/** The router of a node in a cluster (see makeLeadingRouter). */
export type LeadingRouter = Omit<Router, 'warm' | 'snapshot'>;

/** Options of a node's router: the router's, and whether a standby keeps a warm index. */
export interface LeadingRouterOptions extends RouterOptions {
  /**
   * A standby keeps the router's index warm from the change feed, so a takeover skips the rebuild
   * (CROSSDESK_WARM_STANDBY; default true). It costs the standby the leader's index memory and a read of
   * each changed row.
   */
  warmStandby?: boolean;
}

/**
 * The router of a node in a cluster: it routes only while the node leads. As a standby it keeps a warm
 * router (index built once, kept current from the feed, no writes); elected, that router checks its index
 * against the rows and starts routing, or, without one or when it diverged, a fresh router rebuilds from
 * the rows (index, agenda, declines). Its writes carry the leadership's fence. Deposed or stopped, it
 * stops that router (and warms a new one). Transitions run one after the other.
 */
export function makeLeadingRouter(
  ctx: EngineContext,
  leadership: Leadership,
  options: LeadingRouterOptions = {},
): LeadingRouter {
  // Mutable state: the router of the current term (or the warm one), and the chain of transitions.
  let current: Router | null = null;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;
  const make = () => makeRouter({ ...ctx, fence: leadership.fence }, options);

  async function stopCurrent(): Promise<void> {
    const router = current;
    current = null;
    const led = router?.startedFrom() !== null;
    await router?.stop();
    if (router && led) ctx.logger.info('router stopped', { term: leadership.term() });
  }

  const follow = (): Promise<void> =>
    (chain = chain
      .then(async () => {
        const running = unsubscribe !== null;
        const lead = leadership.role() === 'leader' && running;
        const warm = running && !lead && options.warmStandby !== false && leadership.role() === 'standby';
        if (lead && current?.startedFrom() == null) {
          const started = ctx.clock.now();
          const router = current ?? make();
          current = router;
          await router.start();
          const { waiting, agents } = router.figures();
          ctx.logger.info('router started', {
            term: leadership.term(),
            ms: ctx.clock.now() - started,
            start: router.startedFrom(),
            waiting,
            agents,
          });
          return;
        }
        if (!lead && current && (current.startedFrom() !== null || !warm)) await stopCurrent();
        if (warm && !current) {
          const started = ctx.clock.now();
          const router = make();
          current = router;
          await router.warm();
          const { waiting, agents } = router.figures();
          ctx.logger.info('warm standby index built', { ms: ctx.clock.now() - started, waiting, agents });
        }
      })
      .catch((err) => ctx.logger.error('router hand-over failed', { err: String((err as Error)?.stack ?? err) })));

  return {
    async start() {
      unsubscribe = leadership.onChange(() => void follow());
      await follow();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await follow();
    },
    runDue: async () => current?.runDue(),
    async settle() {
      await chain;
      await current?.settle();
    },
    deliver: (event) => current?.deliver(event),
    figures: () => (current?.startedFrom() ? current.figures() : { waiting: 0, agents: 0, agenda: 0 }),
    startedFrom: () => current?.startedFrom() ?? null,
  };
}
