import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLError } from 'graphql';
import type { QueryLimitsConfig } from '../../config.ts';
import type { SubscriptionSlots } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import { LimitCode, refusal } from './refusals.ts';

/**
 * Who a request counts for: the signed-in user (an admin acting as someone still counts as the
 * admin, so X-Act-As does not multiply an automation token's allowance), else the client address.
 */
export function limitKey(context: GraphQLContext & { req?: { socket?: { remoteAddress?: string } } }): string {
  const actor = context.caller.actor;
  if (actor) return `user:${actor.onBehalfOf ?? actor.userId}`;
  // The client address behind trusted proxies (CROSSDESK_TRUSTED_PROXIES), else the TCP peer.
  return `addr:${context.clientAddress ?? context.req?.socket?.remoteAddress ?? 'unknown'}`;
}

/**
 * Per-user limits. Requests are counted in this process's memory (each node counts its own share: a
 * database write per request would cost the hot path); subscription slots too, unless `slots` shares
 * them among the nodes (PostgreSQL).
 */
export interface PerUserLimits {
  /** Counts one request; the refusal when the key is over its requests per minute. */
  admit(key: string): Promise<GraphQLError | null>;
  /** Takes one subscription slot; the refusal when all are taken. `release` gives it back (once). */
  openSubscription(key: string): Promise<{ release: () => void } | GraphQLError>;
}

export function makePerUserLimits(
  limits: Pick<QueryLimitsConfig, 'requestsPerMinute' | 'maxSubscriptions'>,
  slots?: SubscriptionSlots | null,
): PerUserLimits {
  const requests = new RateLimiterMemory({ points: limits.requestsPerMinute, duration: 60 });
  // Duration 0: slots never expire; they are given back when the subscription ends.
  const subscriptions = new RateLimiterMemory({ points: limits.maxSubscriptions, duration: 0 });
  return {
    async admit(key) {
      try {
        await requests.consume(key);
        return null;
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        return refusal(
          LimitCode.RATE_LIMITED,
          `more than ${limits.requestsPerMinute} requests this minute; retry in ${retryAfterSeconds} s`,
          {
            limit: limits.requestsPerMinute,
            retryAfterSeconds,
            http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
          },
        );
      }
    },
    async openSubscription(key) {
      if (slots) return openShared(slots, key, limits.maxSubscriptions);
      try {
        await subscriptions.consume(key);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        // A refused consume still counted; take it back so the refusal holds no slot.
        await subscriptions.reward(key);
        return tooManySubscriptions(limits.maxSubscriptions);
      }
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          void subscriptions.reward(key);
        },
      };
    },
  };
}

const tooManySubscriptions = (max: number) =>
  refusal(LimitCode.TOO_MANY_SUBSCRIPTIONS, `at most ${max} open subscriptions per user; close one first`, {
    limit: max,
  });

/** A slot counted across the cluster; given back (once) when the subscription ends. */
async function openShared(
  slots: SubscriptionSlots,
  key: string,
  max: number,
): Promise<{ release: () => void } | GraphQLError> {
  const id = await slots.take(key, max);
  if (!id) return tooManySubscriptions(max);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      void slots.release(id).catch(() => {}); // a slot left behind is cleared when its node restarts
    },
  };
}
