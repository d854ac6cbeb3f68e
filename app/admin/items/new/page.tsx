import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { itemEditorProps } from "@/ui/bank/editor-labels";
import { ItemEditor } from "@/ui/bank/item-editor";
import { saveItemAction } from "../actions";

export default async function NewItemPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/items/new" });
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("item.new.title")}</h1>
      <ItemEditor
        action={saveItemAction}
        {...itemEditorProps(t)}
        item={{ type: "single", stem: "", options: [], answer: [], levels: ["5"], tracks: ["online-merchant", "cross-border"], tagCode: "", difficulty: 3, explanation: "", status: "draft", labels: [], use: "secure" }}
      />
    </div>
  );
}
