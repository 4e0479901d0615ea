/**
 * Expected failures. Each class carries a stable `code` (what GraphQL clients see in
 * `extensions.code`) and structured fields; anything that is not a CrossdeskError is a bug and is
 * masked as INTERNAL_SERVER_ERROR at the API edge.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  BPMN_INVALID: 'BPMN_INVALID',
  EXPRESSION_INVALID: 'EXPRESSION_INVALID',
  PROCESS_FAILED: 'PROCESS_FAILED',
  INSTANCE_NOT_ACTIVE: 'INSTANCE_NOT_ACTIVE',
  TASK_NOT_CLAIMABLE: 'TASK_NOT_CLAIMABLE',
  TASK_NOT_ASSIGNEE: 'TASK_NOT_ASSIGNEE',
  TASK_ALREADY_COMPLETED: 'TASK_ALREADY_COMPLETED',
  TASK_NOT_ACTIVE: 'TASK_NOT_ACTIVE',
  AMBIGUOUS: 'AMBIGUOUS',
  JOB_LOCK_LOST: 'JOB_LOCK_LOST',
  RATE_LIMITED: 'RATE_LIMITED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  CHAT_ENDED: 'CHAT_ENDED',
  LOCAL_PASSWORDS_DISABLED: 'LOCAL_PASSWORDS_DISABLED',
  SIGN_IN_CODE_INVALID: 'SIGN_IN_CODE_INVALID',
  OIDC_NOT_CONFIGURED: 'OIDC_NOT_CONFIGURED',
  OIDC_PROVIDER_UNAVAILABLE: 'OIDC_PROVIDER_UNAVAILABLE',
  OIDC_PROVIDER_ERROR: 'OIDC_PROVIDER_ERROR',
  OIDC_STATE_INVALID: 'OIDC_STATE_INVALID',
  OIDC_NONCE_MISMATCH: 'OIDC_NONCE_MISMATCH',
  OIDC_WRONG_ISSUER: 'OIDC_WRONG_ISSUER',
  OIDC_WRONG_AUDIENCE: 'OIDC_WRONG_AUDIENCE',
  OIDC_TOKEN_EXPIRED: 'OIDC_TOKEN_EXPIRED',
  OIDC_BAD_SIGNATURE: 'OIDC_BAD_SIGNATURE',
  OIDC_TOKEN_INVALID: 'OIDC_TOKEN_INVALID',
  OIDC_NO_ROLE: 'OIDC_NO_ROLE',
  OIDC_USER_INACTIVE: 'OIDC_USER_INACTIVE',
  DISPOSITION_REQUIRED: 'DISPOSITION_REQUIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of every expected failure. */
export class CrossdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller is not signed in, or the token is unknown, expired or revoked. */
export class UnauthenticatedError extends CrossdeskError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token>') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The caller lacks a role or a relation to the object. */
export class ForbiddenError extends CrossdeskError {
  constructor(message: string, fields: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, fields);
  }
}

/** The named object does not exist (or the caller may not know that it does). */
export class NotFoundError extends CrossdeskError {
  constructor(kind: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${kind} ${id} not found`, { kind, id });
  }
}

/** Input that cannot be acted upon; `field` names the culprit where there is one. */
export class BadInputError extends CrossdeskError {
  constructor(message: string, fields: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, fields);
  }
}

/** Another command changed the same object first and retrying did not help. */
export class ConflictError extends CrossdeskError {
  constructor(message: string, fields: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, fields);
  }
}

/** One problem found in a BPMN model. */
export interface BpmnProblem {
  readonly elementId: string;
  readonly rule: string;
  readonly message: string;
}

/** A model that cannot be deployed; `problems` lists every problem found, not just the first. */
export class BpmnInvalidError extends CrossdeskError {
  constructor(readonly problems: readonly BpmnProblem[]) {
    const first = problems[0];
    const summary = first ? `${first.elementId}: ${first.message}` : 'invalid BPMN';
    super(
      ErrorCode.BPMN_INVALID,
      `BPMN model is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}; ${summary})`,
      {
        problems,
      },
    );
  }
}

/** A task-lifecycle rule refused the command (see ErrorCode for which). */
export class TaskStateError extends CrossdeskError {
  constructor(code: ErrorCode, taskId: string, message: string, fields: Record<string, unknown> = {}) {
    super(code, message, { taskId, ...fields });
  }
}

/** The process itself failed while running a command (e.g. a condition could not be evaluated). */
export class ProcessFailedError extends CrossdeskError {
  constructor(message: string, fields: Record<string, unknown> = {}) {
    super(ErrorCode.PROCESS_FAILED, message, fields);
  }
}

/** Too many attempts (sign-in, web forms): try again after `retryAfterSeconds`. */
export class RateLimitedError extends CrossdeskError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }
}

/** The caller's password was reset: until they change it, their token does nothing else. */
export class PasswordChangeRequiredError extends CrossdeskError {
  constructor() {
    super(
      ErrorCode.PASSWORD_CHANGE_REQUIRED,
      'your password was reset: change it with changePassword first (this token may do nothing else)',
    );
  }
}

/** A message or command for a chat conversation that has ended already (either side ended it). */
export class ChatEndedError extends CrossdeskError {
  constructor(conversationId: string) {
    super(ErrorCode.CHAT_ENDED, `chat ${conversationId} has ended`, { conversationId });
  }
}

/** Codes of refused single sign-ons (docs/api.md, "Single sign-on" lists when each is given). */
export type SsoRefusalCode = Extract<ErrorCode, `OIDC_${string}`>;

/** A single sign-on the server refused: the provider's answer failed a check, or the login cannot go on. */
export class SsoRefusedError extends CrossdeskError {
  constructor(code: SsoRefusalCode, message: string) {
    super(code, message);
  }
}

/** Local passwords are turned off (CROSSDESK_LOCAL_PASSWORDS=false): sign in through the identity provider. */
export class LocalPasswordsDisabledError extends CrossdeskError {
  constructor() {
    super(
      ErrorCode.LOCAL_PASSWORDS_DISABLED,
      'sign-in with a password is turned off on this server: sign in through the identity provider',
    );
  }
}

/** Wrap-up of work in a queue with disposition codes ends only once each such task has a code (setDisposition). */
export class DispositionRequiredError extends CrossdeskError {
  constructor(taskIds: readonly string[], queue: string | null) {
    super(
      ErrorCode.DISPOSITION_REQUIRED,
      `choose a disposition code first (setDisposition) for task ${taskIds.join(', ')}` +
        (queue ? ` of queue ${queue}` : ''),
      { taskIds, queue },
    );
  }
}
