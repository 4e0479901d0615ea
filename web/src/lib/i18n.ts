import { MESSAGES, type Locale, type MessageKey } from './messages.ts';

export { LOCALES, type Locale, type MessageKey } from './messages.ts';

/**
 * Looks a message up in `locale`, falling back to English, then to the key itself (so a missing text
 * is visible rather than blank). `{name}` placeholders are filled from `params`.
 */
export function translate(
  locale: Locale,
  key: MessageKey | string,
  params: Record<string, string | number> = {},
): string {
  const text = (MESSAGES[locale] as Record<string, string>)[key] ?? (MESSAGES.en as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether the catalogue has `key` (in English, which every locale has too). */
export function hasMessage(key: string): boolean {
  return key in MESSAGES.en;
}

/** The best supported locale for a browser's language list (`zh-*` is Simplified Chinese). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const lang of preferred) {
    if (/^zh\b/i.test(lang)) return 'zh-CN';
    if (/^en\b/i.test(lang)) return 'en';
  }
  return 'en';
}

/** Formats an instant for people, in the locale's style. */
export function formatDateTime(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
