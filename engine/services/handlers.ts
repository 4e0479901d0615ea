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

/** Sends one mail; the built-in `email` handler needs one (nodemailer's sendMail fits). */
export type SendMail = (mail: {
  from: string;
  to: string;
  subject: string;
  text?: string;
  html?: string;
  messageId: string;
  headers?: Record<string, string>;
}) => Promise<unknown>;

const required = (inputs: Record<string, unknown>, name: string) => {
  const value = inputs[name];
  if (value === undefined || value === null || value === '')
    throw new PermanentFailure(`input parameter "${name}" is required`);
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
      from: String(inputs.from ?? from),
      to: required(inputs, 'to'),
      subject: required(inputs, 'subject'),
      text: inputs.text as string | undefined,
      html: inputs.html as string | undefined,
      messageId,
    });
    return { emailMessageId: messageId };
  };
}

/**
 * `http`: inputs `url`, `method` (GET), `body` (sent as JSON), `headers`. Sends the job id as
 * Idempotency-Key so a repeated attempt can be recognised. 5xx and network errors are retried; 4xx is
 * a permanent failure. The answer lands in `httpStatus` and `httpBody`.
 */
export function makeHttpHandler(fetchFn: typeof fetch = fetch, timeoutMs = 10_000): ServiceHandler {
  return async ({ jobId, inputs }) => {
    const url = required(inputs, 'url');
    if (!/^https?:\/\//.test(url)) throw new PermanentFailure(`url must be http(s): ${url}`);
    const method = String(inputs.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'idempotency-key': jobId,
      ...((inputs.headers as Record<string, string>) ?? {}),
    };
    if (inputs.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetchFn(url, {
      method,
      headers,
      body: inputs.body === undefined ? undefined : JSON.stringify(inputs.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from ${url}`);
    if (res.status >= 400) throw new PermanentFailure(`HTTP ${res.status} from ${url}: ${text.slice(0, 200)}`);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { httpStatus: res.status, httpBody: body };
  };
}
