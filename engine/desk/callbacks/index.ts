/** Callbacks (virtual hold): outbound calls the router offers inside a window, dialled through a webhook. */
export { requestCallback } from './request-callback.ts';
export { callbackNotAnswered } from './no-answer.ts';
export { closeMissedWindow } from './window.ts';
export { DIAL_RETRIES, callbackHooks } from './dial.ts';
export {
  CallbackOutcome,
  CALLBACK_RETRY_DELAY_MS,
  DEFAULT_MAX_ATTEMPTS,
  DIAL_TOPIC,
  type CallbackInput,
  type DialRequest,
} from './callback-types.ts';
