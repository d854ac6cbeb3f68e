import { locales, type Locale, type Translate } from "@/i18n";

/** A plain form: works without JavaScript and from the keyboard. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action="/api/locale" method="post" className="flex items-center gap-2" aria-label={t("lang.switchTo")}>
      <span className="text-sm text-slate-600">{t("lang.label")}</span>
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 text-sm ${l === locale ? "bg-blue-700 text-white" : "border border-slate-300 hover:bg-slate-100"}`}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </form>
  );
}
