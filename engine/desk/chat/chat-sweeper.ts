import type { EngineContext } from '../../core/context/index.ts';
import { endIdleChats } from './end-chat.ts';

/** The loop that ends chats whose customer left (see endIdleChats). */
export interface ChatSweeper {
  start(): void;
  stop(): Promise<void>;
}

/**
 * Sweeps every `intervalMs` (a tenth of the idle timeout, 1-30 s by default). Every node may run one:
 * ending a chat is conditional on it still being open, so two sweepers end it once.
 */
export function makeChatSweeper(ctx: EngineContext, intervalMs?: number): ChatSweeper {
  // Mutable state of the loop: its timer and the sweep in flight.
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const every = intervalMs ?? Math.min(30_000, Math.max(1000, ctx.options.chat.idleTimeoutSeconds * 100));
  const sweep = () => {
    running = endIdleChats(ctx).catch((err) => ctx.logger.error('chat sweep failed', { err: String(err) }));
  };
  return {
    start() {
      if (!timer) timer = setInterval(sweep, every);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
