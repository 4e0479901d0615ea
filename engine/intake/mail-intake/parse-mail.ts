import { createHash } from 'node:crypto';
import { MailParser, type AddressObject, type AttachmentStream, type HeaderValue, type MessageText } from 'mailparser';
import type { CaptureInteractionInput, MailThreading } from '../interactions/index.ts';

/** Mail that cannot become an interaction; refused with a permanent SMTP error. */
export class MalformedMailError extends Error {}

/** What the intake captures from one mail. */
export interface ParsedContact {
  input: CaptureInteractionInput;
  threading: MailThreading;
}

const IDS = /<[^<>\s]+>/g;

/** The parts of a mail the intake reads: headers, text, and attachments as metadata only. */
interface MailParts {
  headers: Map<string, HeaderValue>;
  from?: AddressObject;
  to?: AddressObject | AddressObject[];
  cc?: AddressObject | AddressObject[];
  subject?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
  date?: Date;
  text?: string;
  html?: string | false;
  attachments: { filename?: string; contentType: string; size: number; checksum?: string }[];
}

/**
 * Parses a mail with mailparser's streaming parser. Attachment contents flow through a hash and are
 * dropped as they are read (simpleParser would keep every attachment in memory, and inline images
 * again as data: URLs in the HTML): only their size and MD5 are kept.
 */
function readParts(raw: Buffer): Promise<MailParts> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true });
    const mail: MailParts = { headers: new Map(), attachments: [] };
    parser.on('headers', (headers) => (mail.headers = headers));
    parser.on('data', (part: AttachmentStream | MessageText) => {
      if (part.type === 'text') {
        mail.text = part.text;
        mail.html = part.html;
        return;
      }
      part.content.on('end', () => {
        mail.attachments.push({
          filename: part.filename,
          contentType: part.contentType,
          size: part.size ?? 0,
          checksum: part.checksum,
        });
        part.release?.();
      });
      part.content.resume();
    });
    parser.once('error', reject);
    parser.once('end', () => {
      const h = mail.headers;
      resolve({
        ...mail,
        from: h.get('from') as AddressObject | undefined,
        to: h.get('to') as AddressObject | AddressObject[] | undefined,
        cc: h.get('cc') as AddressObject | AddressObject[] | undefined,
        subject: h.get('subject') as string | undefined,
        messageId: h.get('message-id') as string | undefined,
        inReplyTo: h.get('in-reply-to') as string | undefined,
        references: h.get('references') as string | string[] | undefined,
        date: h.get('date') as Date | undefined,
      });
    });
    parser.end(raw);
  });
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? '')).filter(Boolean);
}

function threadRefs(mail: MailParts): string[] {
  const refs = [
    mail.inReplyTo ?? '',
    ...(Array.isArray(mail.references) ? mail.references : [mail.references ?? '']),
  ].join(' ');
  return [...new Set(refs.match(IDS) ?? [])].slice(-50);
}

function bodyOf(mail: MailParts): string {
  if (mail.text?.trim()) return mail.text;
  // HTML-only mail: the text without tags is enough to classify and read it.
  return typeof mail.html === 'string'
    ? mail.html
        .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}

/**
 * Parses a raw mail into a contact: sender as customer, subject, text, attachment metadata (no
 * content), recipients, and the Message-ID, In-Reply-To and References that thread it. A mail without
 * headers or without a sender address is malformed. The externalId is the Message-ID (a hash of the
 * raw mail when there is none), so a mail delivered twice is one interaction.
 */
export async function parseMail(raw: Buffer): Promise<ParsedContact> {
  const mail = await readParts(raw);
  if (!mail.headers.size) throw new MalformedMailError('malformed message: no header section');
  const from = mail.from?.value.find((v) => v.address);
  if (!from?.address || !/^[^\s@]+@[^\s@]+$/.test(from.address))
    throw new MalformedMailError('malformed message: no valid From address');
  const messageId = mail.messageId?.match(IDS)?.[0] ?? null;
  const externalId = `email:${messageId ?? createHash('sha256').update(raw).digest('hex')}`;
  return {
    input: {
      channel: 'EMAIL',
      externalId: externalId.slice(0, 300),
      customer: { email: from.address, name: from.name || null },
      subject: (mail.subject ?? '').slice(0, 1000),
      body: bodyOf(mail),
      attributes: { to: addresses(mail.to), cc: addresses(mail.cc), date: mail.date?.toISOString() ?? null },
      attachments: mail.attachments.map((a) => ({
        filename: a.filename ?? null,
        contentType: a.contentType,
        size: a.size,
        checksum: a.checksum ?? null,
      })),
    },
    threading: { messageId, threadRefs: threadRefs(mail) },
  };
}
