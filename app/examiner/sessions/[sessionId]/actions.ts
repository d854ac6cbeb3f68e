"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { finalizePanel } from "@/server/results/skill-panel";

export type FinalizeState = { error?: string; ok?: boolean };

// The chief examiner (or an admin): confirm and lock the session's skill scores.
export async function finalizeAction(_prev: FinalizeState, form: FormData): Promise<FinalizeState> {
  const caller = await requireApiUser({ roles: ["EXAMINER", "ADMIN"] });
  const sessionId = String(form.get("sessionId") ?? "");
  try {
    await finalizePanel({ caller, sessionId });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "CONFLICT" || e.code === "FORBIDDEN") return { error: e.message };
    throw error;
  }
  revalidatePath(`/examiner/sessions/${sessionId}`);
  return { ok: true };
}
