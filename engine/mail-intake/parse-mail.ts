import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { CaptureInteractionInput } from '../interactions/index.ts';
import type { MailThreading } from '../interactions/index.ts';

/** Mail that cannot become an interaction; refused with a permanent SMTP error. */
export class MalformedMailError extends Error {}

/** What the intake captures from one mail. */
export interface ParsedContact {
  input: CaptureInteractionInput;
  threading: MailThreading;
}

const IDS = /<[^<>\s]+>/g;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? '')).filter(Boolean);
}

function threadRefs(mail: ParsedMail): string[] {
  const refs = [
    mail.inReplyTo ?? '',
    ...(Array.isArray(mail.references) ? mail.references : [mail.references ?? '']),
  ].join(' ');
  return [...new Set(refs.match(IDS) ?? [])].slice(-50);
}

function bodyOf(mail: ParsedMail): string {
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
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
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
