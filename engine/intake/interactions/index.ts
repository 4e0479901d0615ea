/** Interactions: front-line contacts taken in, classified, and turned into cases or joined to open ones. */
export { captureInteraction, ROUTING_TIMEOUT_MS, type MailThreading } from './capture-interaction.ts';
export { checkCaptureInput, LIMITS as INTERACTION_LIMITS, type CaptureInteractionInput } from './check-input.ts';
export { replyToInteraction, type ReplyInput } from './reply.ts';
export { readInteraction, queryInteractions, interactionsOfTask, casesOfCustomer, tasksOfCustomer } from './queries.ts';
export { newCaseReference, findCaseReference, replySubject } from './case-reference.ts';
export { CUSTOMER_CONTACT_MESSAGE } from './join-case.ts';
export { TRIAGE_PROCESS_KEY, ensureTriageProcess } from './triage.ts';
export { CorrelationReason } from './find-open-case.ts';
