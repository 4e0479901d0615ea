/** Groups of settings read together, each with its defaults and the checks between its values. */
import type { Config, QueryLimitsConfig } from './types.ts';
import { ConfigError, parseBounded, parseCount, type Env } from './values.ts';

export const MB = 1024 * 1024;

export function queryLimits(env: Env): QueryLimitsConfig {
  const count = (name: string, fallback: number) => parseCount(name, env[name]) ?? fallback;
  return {
    maxDepth: count('CROSSDESK_MAX_QUERY_DEPTH', 12),
    maxAliases: count('CROSSDESK_MAX_QUERY_ALIASES', 30),
    maxTokens: count('CROSSDESK_MAX_QUERY_TOKENS', 3000),
    maxDirectives: count('CROSSDESK_MAX_QUERY_DIRECTIVES', 30),
    maxCost: count('CROSSDESK_MAX_QUERY_COST', 20_000),
    maxResultObjects: count('CROSSDESK_MAX_RESULT_OBJECTS', 50_000),
    maxResultBytes: count('CROSSDESK_MAX_RESULT_BYTES', 16 * MB),
    timeoutMs: count('CROSSDESK_QUERY_TIMEOUT_SECONDS', 15) * 1000,
    requestsPerMinute: count('CROSSDESK_REQUEST_RATE_LIMIT', 1200),
    maxSubscriptions: count('CROSSDESK_MAX_SUBSCRIPTIONS', 20),
  };
}

/** The sites that may embed the chat: exact origins (`https://shop.example.com`), comma-separated. */
function parseOrigins(name: string, value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin)
      throw new ConfigError(`${name} takes origins like https://shop.example.com (no path), got "${origin}"`);
  }
  return origins;
}

export function chatConfig(env: Env): Config['chat'] {
  const count = (name: string, fallback: number) => parseCount(name, env[name]) ?? fallback;
  return {
    startsPerMinute: count('CROSSDESK_CHAT_RATE_LIMIT', 5),
    origins: parseOrigins('CROSSDESK_CHAT_ORIGINS', env.CROSSDESK_CHAT_ORIGINS),
    maxMessageChars:
      parseBounded('CROSSDESK_CHAT_MAX_MESSAGE_CHARS', env.CROSSDESK_CHAT_MAX_MESSAGE_CHARS, 1, 100_000) ?? 2000,
    messagesPerMinute: count('CROSSDESK_CHAT_MESSAGES_PER_MINUTE', 30),
    maxMessages: parseBounded('CROSSDESK_CHAT_MAX_MESSAGES', env.CROSSDESK_CHAT_MAX_MESSAGES, 1, 10_000) ?? 500,
    idleTimeoutSeconds: parseBounded('CROSSDESK_CHAT_IDLE_SECONDS', env.CROSSDESK_CHAT_IDLE_SECONDS, 10, 86_400) ?? 120,
  };
}

export function nodeSettings(env: Env): Config['nodes'] {
  const heartbeat = parseBounded('CROSSDESK_NODE_HEARTBEAT_SECONDS', env.CROSSDESK_NODE_HEARTBEAT_SECONDS, 1, 300) ?? 5;
  const stale = parseBounded('CROSSDESK_NODE_STALE_SECONDS', env.CROSSDESK_NODE_STALE_SECONDS, 2, 86_400) ?? 30;
  if (stale <= heartbeat)
    throw new ConfigError(
      `CROSSDESK_NODE_STALE_SECONDS (${stale}) must be more than CROSSDESK_NODE_HEARTBEAT_SECONDS (${heartbeat})`,
    );
  const prune = parseBounded('CROSSDESK_NODE_PRUNE_HOURS', env.CROSSDESK_NODE_PRUNE_HOURS, 1, 24 * 365) ?? 24;
  return { heartbeatMs: heartbeat * 1000, staleAfterMs: stale * 1000, pruneAfterMs: prune * 3600_000 };
}

/** The lease settings: renewals at least twice per lease, so one slow renewal does not lose it. */
export function parseLease(env: NodeJS.ProcessEnv): Config['lease'] {
  const leaseMs = parseBounded('CROSSDESK_LEASE_MS', env.CROSSDESK_LEASE_MS, 500, 600_000) ?? 5000;
  const renewMs = parseBounded('CROSSDESK_LEASE_RENEW_MS', env.CROSSDESK_LEASE_RENEW_MS, 100, 300_000) ?? 1000;
  if (renewMs * 2 > leaseMs)
    throw new ConfigError(
      `CROSSDESK_LEASE_RENEW_MS (${renewMs}) must be at most half of CROSSDESK_LEASE_MS (${leaseMs})`,
    );
  return { leaseMs, renewMs };
}

/**
 * CROSSDESK_RETENTION_DAYS and CROSSDESK_ROLLUP_RETENTION_DAYS (0: keep for ever; rollups default to
 * the longer of 1100 days and the facts' retention, for ever when facts are) and CROSSDESK_RETENTION_BATCH.
 */
export function retentionConfig(env: Env): Config['retention'] {
  const days = parseCount('CROSSDESK_RETENTION_DAYS', env.CROSSDESK_RETENTION_DAYS, 0) ?? 400;
  const rollupDays =
    parseCount('CROSSDESK_ROLLUP_RETENTION_DAYS', env.CROSSDESK_ROLLUP_RETENTION_DAYS, 0) ??
    (days === 0 ? 0 : Math.max(1100, days));
  // Rollups summarize the facts: dropping them before the facts would lose figures nobody can recompute.
  if (rollupDays > 0 && (days === 0 || rollupDays < days))
    throw new ConfigError(
      `CROSSDESK_ROLLUP_RETENTION_DAYS must be 0 or at least CROSSDESK_RETENTION_DAYS (${days}; 0 keeps facts for ever), got ${rollupDays}`,
    );
  return {
    days,
    rollupDays,
    batchSize: parseBounded('CROSSDESK_RETENTION_BATCH', env.CROSSDESK_RETENTION_BATCH, 1, 10_000) ?? 500,
  };
}
