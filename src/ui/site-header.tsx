import Link from "next/link";
import type { Locale, Translate } from "@/i18n";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex items-center gap-4 text-sm">
          <Link href="/" className="hover:underline">
            {t("nav.home")}
          </Link>
          <Link href="/standard" className="hover:underline">
            {t("nav.standard")}
          </Link>
        </nav>
        <LanguageSwitch locale={locale} t={t} />
      </div>
    </header>
  );
}
