import { en } from './en.js';
import { vi, type MessageKey, type Messages } from './vi.js';

/** The portal's languages, Vietnamese first. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Placeholder values; missing ones stay visible as `{name}` so a gap shows up in review, not as a blank. */
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { vi, en };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders from `params`. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The names of a template's placeholders, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** The text of `key` in `locale`, placeholders filled. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(CATALOGUES[locale][key], params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
