import { getTranslator } from "@/server/i18n";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
    </div>
  );
}
