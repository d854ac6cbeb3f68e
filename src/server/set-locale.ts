// Use case: remember the visitor's language. Public: anyone may choose a language.
import { z } from "zod";
import { locales, LOCALE_COOKIE } from "@/i18n";

const LocaleForm = z.object({ locale: z.enum(locales) });

export function parseLocaleForm(form: FormData) {
  return LocaleForm.parse({ locale: form.get("locale") });
}

/**
 * The page to return to after choosing a language: the path and query of the Referer when it is
 * on this app's public origin (src/server/net/public-origin.ts), else "/". Returned as a path,
 * so the redirect's Location is relative and can never name another origin or the internal port.
 */
export function safeReturnPath(referer: string | null, origin: string): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.origin !== origin) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

export const localeCookie = { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, path: "/", sameSite: "lax" as const };
