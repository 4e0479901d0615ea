/** Messages and signals from outside that instances wait for. */
export {
  correlateMessage,
  CorrelationOutcome,
  type CorrelateMessageInput,
  type CorrelationResult,
} from './correlate-message.ts';
export { broadcastSignal } from './broadcast-signal.ts';
