import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { translate } from "@/i18n";
import { getCurrentUser } from "@/server/auth/session";
import { guidesForRoles, isGuideSlug } from "@/server/help/guides";
import { renderGuide } from "@/server/help/render-guide";
import { getTranslator } from "@/server/i18n";
import { GuidePage } from "@/ui/help/guide-page";

type Props = { params: Promise<{ guide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { guide } = await params;
  const { locale } = await getTranslator();
  const name = isGuideSlug(guide) ? translate(locale, `help.guide.${guide}`) : translate(locale, "help.title");
  return { title: `${name} · ${translate(locale, "app.name")}` };
}

// Public, as the whole user guide is: one role's guide (docs/guide/<guide>.md); 404 for any other name.
export default async function HelpGuide({ params }: Props) {
  const { guide } = await params;
  if (!isGuideSlug(guide)) notFound();
  const { t, locale } = await getTranslator();
  const user = await getCurrentUser();
  return <GuidePage t={t} locale={locale} current={guide} yours={guidesForRoles(user?.roles ?? [])} guide={renderGuide(guide)} />;
}
