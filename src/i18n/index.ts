// i18n without framework: catalogues per locale and a pure translate(). zh-CN first.
import { interpolate } from "./interpolate";
import { en } from "./messages/en";
import { zhCN, type MessageKey } from "./messages/zh-CN";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(catalogues[locale][key] ?? catalogues[defaultLocale][key], params);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** The messages whose keys start with one of the prefixes, for a client component. */
export function messagesFor(locale: Locale, prefixes: string[]): Record<string, string> {
  const all = catalogues[locale];
  return Object.fromEntries(Object.entries(all).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
