"use server";

import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { itemFromForm } from "@/server/bank/item-form";
import { createItem, updateItem } from "@/server/bank/item-store";
import { toAppError } from "@/server/errors";
import { regradeItemKey } from "@/server/results/regrade";

export type ItemFormState = { error?: string };

// Admin only: create or edit an item (a used item gets a new version).
export async function saveItemAction(_prev: ItemFormState, form: FormData): Promise<ItemFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const parsed = itemFromForm(form);
  if (!parsed.ok) return { error: parsed.error };
  const itemId = String(form.get("itemId") ?? "");
  let target: string;
  try {
    if (itemId) {
      const r = await updateItem({ itemId, input: parsed.input, actorId: user.id, now: new Date() });
      target = `/admin/items/${r.itemId}?saved=${r.newVersion ? "new-version" : "1"}`;
    } else {
      const r = await createItem({ input: parsed.input, actorId: user.id, now: new Date() });
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
