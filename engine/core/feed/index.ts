export { makeChangeFeed, FEED_ORIGIN_PREFIX, type ChangeFeed } from './change-feed.ts';
export type { FeedConsumer, FeedHandler } from './consumer.ts';
export { toEngineEvents } from './feed-events.ts';
export { DEFAULT_FEED_SETTINGS, type FeedSettings } from './settings.ts';
