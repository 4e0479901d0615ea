/** What every engine function is given first: the context, its options and its extension points. */
export type {
  EngineCache,
  EngineContext,
  EngineOptions,
  EngineThreads,
  OutboundMail,
  SendMail,
  SourceCache,
} from './context.ts';
export { DEFAULT_PRESENCE_REASONS } from './context.ts';
export { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './session-settings.ts';
export { makeTaskHooks, type KindHooks, type TaskCancelHook, type TaskHooks, type Taking } from './task-hooks.ts';
export { DEFAULT_CHAT_SETTINGS, type ChatSettings } from './chat-settings.ts';
export { DEFAULT_NODE_SETTINGS, type NodeSettings } from './node-settings.ts';
