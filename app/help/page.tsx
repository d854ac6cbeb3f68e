import type { Metadata } from "next";
import { translate } from "@/i18n";
import { getCurrentUser } from "@/server/auth/session";
import { guidesForRoles } from "@/server/help/guides";
import { renderGuide } from "@/server/help/render-guide";
import { getTranslator } from "@/server/i18n";
import { GuidePage } from "@/ui/help/guide-page";

// Public, as the whole user guide is (docs/guide/README.md): the index of the guides per role.
export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getTranslator();
  return { title: `${translate(locale, "help.title")} · ${translate(locale, "app.name")}` };
}

export default async function HelpIndex() {
  const { t, locale } = await getTranslator();
  const user = await getCurrentUser();
  return <GuidePage t={t} locale={locale} current={null} yours={guidesForRoles(user?.roles ?? [])} guide={renderGuide(null)} />;
}
