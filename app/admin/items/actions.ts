"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ItemUseSchema } from "@/exam/practice";
import { requireApiUser } from "@/server/auth/session";
import { itemFromForm } from "@/server/bank/item-form";
import { createItem, updateItem } from "@/server/bank/item-store";
import { setItemsUse } from "@/server/bank/set-items-use";
import { toAppError } from "@/server/errors";
import { regradeItemKey } from "@/server/results/regrade";

export type ItemFormState = { error?: string };

// Admin only: create or edit an item (a used item gets a new version).
export async function saveItemAction(_prev: ItemFormState, form: FormData): Promise<ItemFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const parsed = itemFromForm(form);
  if (!parsed.ok) return { error: parsed.error };
  const use = ItemUseSchema.safeParse(form.get("use") ?? "secure");
  if (!use.success) return { error: "「用途」应为 仅考试、仅练习 或 考试和练习" };
  const itemId = String(form.get("itemId") ?? "");
  let target: string;
  try {
    if (itemId) {
      const r = await updateItem({ itemId, input: parsed.input, use: use.data, actorId: user.id, now: new Date() });
      target = `/admin/items/${r.itemId}?saved=${r.newVersion ? "new-version" : "1"}`;
    } else {
      const r = await createItem({ input: parsed.input, use: use.data, actorId: user.id, now: new Date() });
      target = `/admin/items/${r.itemId}?saved=1`;
    }
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => `${i.path}：${i.message}`).join("；") };
    throw error;
  }
  redirect(target);
}

export type RegradeState = {
  error?: string;
  result?: { applied: boolean; affected: number; changes: Array<{ attemptId: string; name: string; ticketNumber: string; before: number; after: number; delta: number; passBefore: boolean; passAfter: boolean }> };
};

// Admin only: correct an item's key with a dry run first, then apply with a recorded reason.
export async function regradeAction(_prev: RegradeState, form: FormData): Promise<RegradeState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  try {
    const result = await regradeItemKey({
      actorId: user.id,
      apply: form.get("mode") === "apply",
      now: new Date(),
      input: { itemVersionId: String(form.get("itemVersionId") ?? ""), answer: form.getAll("answer").map(String), reason: String(form.get("reason") ?? "") },
    });
    return { result };
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；") };
    throw error;
  }
}

export type BulkUseState = { error?: string; result?: { changed: number; unchanged: number; keptBack: Array<{ itemId: string; paper: string }> } };

// Admin only: set the use of every item matching the list's filter (items on a pending paper are kept back).
export async function setItemsUseAction(_prev: BulkUseState, form: FormData): Promise<BulkUseState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const filter = Object.fromEntries([...form.entries()].filter(([k, v]) => k.startsWith("filter.") && typeof v === "string" && v !== "").map(([k, v]) => [k.slice(7), v]));
  try {
    const result = await setItemsUse({ input: { filter, use: form.get("use") }, actorId: user.id, now: new Date() });
    revalidatePath("/admin/items");
    return { result };
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => `${i.path}：${i.message}`).join("；") };
    throw error;
  }
}
