// The caller's locale (cookie, else zh-CN) and a translator for server components.
import { cookies } from "next/headers";
import { defaultLocale, isLocale, LOCALE_COOKIE, translator, type Locale } from "@/i18n";

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
