import type { EngineContext } from '../../core/context/index.ts';
import type { Leadership } from '../../core/leadership/index.ts';
import { makeRouter, type Router, type RouterOptions } from './router.ts';

/**
 * The router of a node in a cluster: it routes only while the node leads. Elected, it builds a fresh
 * router from the rows (index, agenda, declines) whose writes carry the leadership's fence; deposed or
 * stopped, it stops that router. Transitions run one after the other.
 */
export function makeLeadingRouter(ctx: EngineContext, leadership: Leadership, options: RouterOptions = {}): Router {
  // Mutable state: the router of the current term, and the chain of start/stop transitions.
  let current: Router | null = null;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;

  const follow = (): Promise<void> =>
    (chain = chain
      .then(async () => {
        const lead = leadership.role() === 'leader' && unsubscribe !== null;
        if (lead && !current) {
          const started = ctx.clock.now();
          const router = makeRouter({ ...ctx, fence: leadership.fence }, options);
          current = router;
          await router.start();
          const { waiting, agents } = router.figures();
          ctx.logger.info('router started', {
            term: leadership.term(),
            ms: ctx.clock.now() - started,
            waiting,
            agents,
          });
        } else if (!lead && current) {
          const router = current;
          current = null;
          await router.stop();
          ctx.logger.info('router stopped', { term: leadership.term() });
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
    figures: () => current?.figures() ?? { waiting: 0, agents: 0, agenda: 0 },
  };
}
