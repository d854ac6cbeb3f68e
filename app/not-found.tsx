import { getTranslator } from "@/server/i18n";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
    </div>
  );
}
