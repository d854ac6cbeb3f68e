import { messagesFor } from "@/i18n";
import { ITEM_USES } from "@/exam/practice";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { ItemImport } from "@/ui/bank/item-import";

export default async function ItemImportPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/items/import" });
  const { t, locale } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("items.import.title")}</h1>
      <p>{t("itemImport.help")}</p>
      <p className="flex gap-4">
        <a className="text-blue-700 underline" href="/api/admin/items/template?format=xlsx">
          {t("items.import.template.xlsx")}
        </a>
        <a className="text-blue-700 underline" href="/api/admin/items/template?format=csv">
          {t("items.import.template.csv")}
        </a>
      </p>
      <ItemImport
        labels={messagesFor(locale, ["itemImport.", "exam.itemImage"])}
        typeNames={{ "true-false": t("item.type.true-false"), single: t("item.type.single"), multiple: t("item.type.multiple") }}
        uses={{ label: t("itemUse.importField"), options: ITEM_USES.map((u) => ({ value: u, label: t(`itemUse.${u}`) })) }}
      />
    </div>
  );
}
