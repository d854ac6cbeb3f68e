import type { Metadata } from "next";
import "./globals.css";
import { translate } from "@/i18n";
import { getTranslator } from "@/server/i18n";
import { SiteHeader } from "@/ui/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: translate(locale, "app.name"), description: translate(locale, "app.tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900">
        <a href="#main" className="sr-only focus:not-sr-only">
          {t("app.skipToContent")}
        </a>
        <SiteHeader locale={locale} t={t} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
