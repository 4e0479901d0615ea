import type { AttachmentMeta, InteractionChannel } from '../../../models/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import type { CustomerInput } from '../customers/index.ts';
import { DEFAULT_VARIABLE_LIMITS, measureJson } from '../../process/instances/index.ts';
import { CHANNELS } from '../classification/index.ts';

/** Attachment metadata as a source reports it. */
export interface AttachmentInput {
  filename?: string | null;
  contentType?: string | null;
  size: number;
  checksum?: string | null;
}

/** Input of captureInteraction. */
export interface CaptureInteractionInput {
  channel: string;
  /** The source system's id of the contact: the same externalId twice is one interaction. */
  externalId?: string | null;
  customer?: CustomerInput | null;
  subject?: string | null;
  body?: string | null;
  attributes?: unknown;
  attachments?: readonly AttachmentInput[] | null;
  /** The case the contact is about, when the source knows it (a business key such as CASE-7K2M9QXD). */
  caseReference?: string | null;
}

/** Limits on what one interaction may carry. */
export const LIMITS = {
  externalId: 300,
  subject: 1000,
  body: 1_000_000,
  attributesJson: 64 * 1024,
  attachments: 100,
} as const;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkText(value: string | null | undefined, field: keyof typeof LIMITS): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > LIMITS[field])
    throw new BadInputError(`${field} is longer than ${LIMITS[field]} characters`, { field });
  return value;
}

function checkAttachments(list: CaptureInteractionInput['attachments']): AttachmentMeta[] {
  if (!list) return [];
  if (list.length > LIMITS.attachments)
    throw new BadInputError(`at most ${LIMITS.attachments} attachments`, { field: 'attachments' });
  return list.map((a, i) => {
    if (!Number.isInteger(a.size) || (a.size as number) < 0)
      throw new BadInputError(`attachments[${i}].size must be a non-negative integer`, {
        field: `attachments.${i}.size`,
      });
    return {
      filename: a.filename?.slice(0, 300) ?? null,
      contentType: a.contentType?.slice(0, 200) || 'application/octet-stream',
      size: a.size as number,
      checksum: a.checksum?.slice(0, 128) ?? null,
    };
  });
}

/** Checked capture input: a known channel, bounded texts, a JSON object of attributes at most `maxDepth` deep. */
export function checkCaptureInput(input: CaptureInteractionInput, maxDepth = DEFAULT_VARIABLE_LIMITS.maxJsonDepth) {
  if (!CHANNELS.includes(input.channel as InteractionChannel))
    throw new BadInputError(`channel must be one of ${CHANNELS.join(', ')}`, { field: 'channel' });
  const attributes = input.attributes ?? {};
  if (!isPlainObject(attributes)) throw new BadInputError('attributes must be a JSON object', { field: 'attributes' });
  // Measured without recursion: a 5,000-deep value would overflow JSON.stringify's stack.
  const measure = measureJson(attributes, maxDepth, LIMITS.attributesJson);
  if (measure.over === 'depth')
    throw new BadInputError(`attributes nest deeper than ${maxDepth} levels`, { field: 'attributes', maxDepth });
  if (measure.over === 'bytes')
    throw new BadInputError(`attributes are larger than ${LIMITS.attributesJson} bytes`, { field: 'attributes' });
  return {
    channel: input.channel as InteractionChannel,
    externalId: checkText(input.externalId?.trim() || null, 'externalId'),
    subject: checkText(input.subject?.trim() ?? null, 'subject'),
    body: checkText(input.body ?? null, 'body'),
    attributes,
    attachments: checkAttachments(input.attachments),
    caseReference: input.caseReference?.trim() || null,
  };
}
