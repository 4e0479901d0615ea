/** The CTI link: telephony events move agents' presence and turn calls into live tasks. */
export { applyCtiEvent } from './cti-event.ts';
export { CtiEventType, CtiOutcome, type CtiEventInput, type CtiEventResult } from './cti-types.ts';
export { verifyCtiSignature, signCtiBody } from './signature.ts';
export { checkCtiEvent } from './check-event.ts';
export { makeWebhookWorker, WEBHOOK_BACKOFF_MS, type WebhookWorker, type WebhookOptions } from './webhook-worker.ts';
export {
  sendCallCommand,
  CallCommand,
  CALL_COMMAND_TOPIC,
  CALL_COMMAND_RETRIES,
  type CallCommandRequest,
} from './call-command.ts';
