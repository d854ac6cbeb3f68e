"use server";

import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { createPapers } from "@/server/papers/create-papers";
import { createSkillPlan } from "@/server/papers/create-skill-plan";

export type PaperFormState = { error?: string; shortages?: string[] };

const num = (v: FormDataEntryValue | null, d: number) => (v === null || v === "" ? d : Number(v));

// Admin only: assemble theory papers.
export async function createPapersAction(_prev: PaperFormState, form: FormData): Promise<PaperFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  let result;
  try {
    result = await createPapers({
      name: String(form.get("name") ?? ""),
      level: String(form.get("level")) as "5" | "4",
      track: String(form.get("track")) as "online-merchant" | "cross-border",
      forms: num(form.get("forms"), 1) === 2 ? 2 : 1,
      seed: String(form.get("seed") ?? "") || undefined,
      structure: {
        sections: (["true-false", "single", "multiple"] as const).map((type) => ({
          type,
          count: num(form.get(`count_${type}`), 0),
          points: num(form.get(`points_${type}`), 0),
        })),
      },
      avoidRecentDays: num(form.get("avoidRecentDays"), 0),
      actorId: user.id,
      now: new Date(),
    });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => `${i.path}：${i.message}`).join("；") };
    throw error;
  }
  if (!result.ok) return { error: `form:${result.form}`, shortages: result.shortages.map((s) => s.message) };
  redirect(`/admin/papers/${result.paperIds[0]}`);
}

// Admin only: assemble a skill assessment plan.
export async function createSkillPlanAction(_prev: PaperFormState, form: FormData): Promise<PaperFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  let result;
  try {
    result = await createSkillPlan({
      name: String(form.get("name") ?? ""),
      level: String(form.get("level")) as "5" | "4",
      track: String(form.get("track")) as "online-merchant" | "cross-border",
      seed: String(form.get("seed") ?? "") || undefined,
      actorId: user.id,
      now: new Date(),
    });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.issues.map((i) => `${i.path}：${i.message}`).join("；") || e.message };
    throw error;
  }
  if (!result.ok) return { error: "skill", shortages: result.reasons };
  redirect(`/admin/skill-plans/${result.planId}`);
}
