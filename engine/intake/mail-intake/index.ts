/** Mail in: an SMTP listener turning mail to the intake addresses into interactions. */
export { startMailIntake, type MailIntake, type MailIntakeOptions } from './smtp-listener.ts';
export { parseMail, MalformedMailError, type ParsedContact } from './parse-mail.ts';
