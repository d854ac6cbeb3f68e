import Link from "next/link";
import type { Locale, Translate } from "@/i18n";
import { helpPath } from "@/server/help/guides";
import { signOutAction } from "../../app/signout/actions";
import { LanguageSwitch } from "./language-switch";

type HeaderUser = { displayName: string; roles: string[] } | null;

export function SiteHeader({ locale, t, user }: { locale: Locale; t: Translate; user: HeaderUser }) {
  const link = "hover:underline";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/" className={link}>
            {t("nav.home")}
          </Link>
          <Link href="/standard" className={link}>
            {t("nav.standard")}
          </Link>
          {user?.roles.includes("ADMIN") && (
            <Link href="/admin" className={link}>
              {t("nav.admin")}
            </Link>
          )}
          {user?.roles.includes("CANDIDATE") && (
            <Link href="/candidate" className={link}>
              {t("nav.candidate")}
            </Link>
          )}
          {user?.roles.includes("CANDIDATE") && (
            <Link href="/practice" className={link}>
              {t("practice.nav")}
            </Link>
          )}
          {user?.roles.some((r) => r === "TEACHER" || r === "ADMIN") && (
            <Link href="/teacher" className={link}>
              {t("teacher.nav")}
            </Link>
          )}
          {/* Candidates get the guide in a new tab: one in an exam keeps the exam page open. */}
          <Link href={helpPath(user?.roles ?? null)} className={link} {...(user?.roles.includes("CANDIDATE") ? { target: "_blank", rel: "noopener" } : {})}>
            {t("help.nav")}
          </Link>
          {user ? (
            <>
              <Link href="/account/password" className={link}>
                {t("nav.account")}
              </Link>
              <span className="text-slate-600">{t("nav.signedInAs", { name: user.displayName })}</span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
                  {t("signout.submit")}
                </button>
              </form>
            </>
          ) : (
            <Link href="/signin" className={link}>
              {t("nav.signIn")}
            </Link>
          )}
        </nav>
        <LanguageSwitch locale={locale} t={t} />
      </div>
    </header>
  );
}
