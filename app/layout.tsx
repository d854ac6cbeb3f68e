import type { Metadata } from "next";
import "./globals.css";
import { translate } from "@/i18n";
import { getCurrentUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { SiteHeader } from "@/ui/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: translate(locale, "app.name"), description: translate(locale, "app.tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getTranslator();
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900">
        <a href="#main" className="sr-only focus:not-sr-only">
          {t("app.skipToContent")}
        </a>
        <SiteHeader locale={locale} t={t} user={user && { displayName: user.displayName, roles: user.roles }} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
