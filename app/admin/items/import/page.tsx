import { ITEM_USES } from "@/exam/practice";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { ItemImport } from "@/ui/bank/item-import";

export default async function ItemImportPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/items/import" });
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("items.import.title")}</h1>
      <p>{t("items.import.help")}</p>
      <p className="flex gap-4">
        <a className="text-blue-700 underline" href="/api/admin/items/template?format=xlsx">
          {t("items.import.template.xlsx")}
        </a>
        <a className="text-blue-700 underline" href="/api/admin/items/template?format=csv">
          {t("items.import.template.csv")}
        </a>
      </p>
      <ItemImport
        uses={{ label: t("itemUse.importField"), options: ITEM_USES.map((u) => ({ value: u, label: t(`itemUse.${u}`) })) }}
        labels={{
          file: t("items.import.file"),
          duplicates: t("items.import.duplicates"),
          skip: t("items.import.duplicates.skip"),
          add: t("items.import.duplicates.add"),
          submit: t("items.import.submit"),
          running: t("import.running"),
          done: t("items.import.done"),
          failed: t("items.import.failed"),
          problems: t("items.import.problems"),
          duplicateList: t("items.import.duplicateList"),
          skipped: t("items.import.skipped"),
          colAt: t("items.import.col.at"),
          colMessage: t("items.import.col.message"),
          error: t("import.error"),
        }}
      />
    </div>
  );
}
