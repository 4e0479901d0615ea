import type { SendMail } from '../../core/context/index.ts';
import { makeOutboundRequester, OutboundRefused, type OutboundOptions } from '../../core/outbound/index.ts';

/** What a built-in handler gets: its resolved input parameters and the job's identity. */
export interface HandlerInput {
  jobId: string;
  instanceId: string;
  businessKey: string | null;
  inputs: Record<string, unknown>;
}

/** A built-in service: returns variables for the instance; throwing fails the attempt (retried). */
export type ServiceHandler = (input: HandlerInput) => Promise<Record<string, unknown> | void>;

/** A failure no retry can fix (bad input, a 4xx answer): the job becomes an incident at once. */
export class PermanentFailure extends Error {}

export type { SendMail };

const required = (inputs: Record<string, unknown>, name: string) => {
  const value = inputs[name];
  if (value === undefined || value === null || value === '')
    throw new PermanentFailure(`input parameter "${name}" is required`);
  return String(value);
};

/**
 * Text content, or undefined. An object is refused: nodemailer reads `{ path }` and `{ href }` content
 * from files and URLs, and a model must not make the server mail out /etc/passwd or an inside URL.
 */
const textOf = (inputs: Record<string, unknown>, name: string): string | undefined => {
  const value = inputs[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') throw new PermanentFailure(`input parameter "${name}" must be text, not an object`);
  return String(value);
};

/**
 * `email`: inputs `to`, `subject`, `text` or `html`. The Message-ID is derived from the job id, so an
 * attempt repeated after a crash (jobs run at least once) sends a mail receivers recognise as the same.
 */
export function makeEmailHandler(sendMail: SendMail | undefined, from: string): ServiceHandler {
  return async ({ jobId, inputs }) => {
    if (!sendMail) throw new Error('no outbound mail server configured (CROSSDESK_SMTP_OUT)');
    const messageId = `<${jobId}@crossdesk>`;
    await sendMail({
      from: textOf(inputs, 'from') ?? from,
      to: required(inputs, 'to'),
      subject: required(inputs, 'subject'),
      text: textOf(inputs, 'text'),
      html: textOf(inputs, 'html'),
      messageId,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    return { emailMessageId: messageId };
  };
}

/**
 * `http`: inputs `url`, `method` (GET), `body` (sent as JSON), `headers`. Sends the job id as
 * Idempotency-Key so a repeated attempt can be recognised. 5xx and network errors are retried; 4xx is
 * a permanent failure. The answer lands in `httpStatus` and `httpBody`. The URL comes from the model
 * and its variables, so the request is filtered (see engine/core/outbound): inside addresses, too many
 * redirects and a body over the cap are permanent failures that say why.
 */
export function makeHttpHandler(options: OutboundOptions = {}): ServiceHandler {
  const send = makeOutboundRequester(options);
  return async ({ jobId, inputs }) => {
    const url = required(inputs, 'url');
    const method = String(inputs.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { 'idempotency-key': jobId };
    for (const [name, value] of Object.entries((inputs.headers as Record<string, unknown>) ?? {}))
      headers[name.toLowerCase()] = String(value);
    if (inputs.body !== undefined) headers['content-type'] = 'application/json';
    let res;
    try {
      res = await send({
        url,
        method,
        headers,
        body: inputs.body === undefined ? undefined : JSON.stringify(inputs.body),
      });
    } catch (err) {
      if (err instanceof OutboundRefused) throw new PermanentFailure(err.message);
      throw err;
    }
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from ${res.url}`);
    if (res.status >= 400) throw new PermanentFailure(`HTTP ${res.status} from ${res.url}: ${res.text.slice(0, 200)}`);
    let body: unknown = res.text;
    try {
      body = JSON.parse(res.text);
    } catch {
      // not JSON: keep the text
    }
    return { httpStatus: res.status, httpBody: body };
  };
}
