"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { setScoringRules } from "@/server/results/scoring-rules";
import { releaseResults } from "@/server/results/session-results";
import { correctSkillScore } from "@/server/results/skill-panel";

export type ResultActionState = { error?: string; ok?: string };

// Admin only: release a session's results to its candidates.
export async function releaseAction(_prev: ResultActionState, form: FormData): Promise<ResultActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const sessionId = String(form.get("sessionId") ?? "");
  try {
    await releaseResults({ actorId: user.id, sessionId, now: new Date() });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "CONFLICT") return { error: e.message };
    throw error;
  }
  revalidatePath(`/admin/results/${sessionId}`);
  return { ok: "released" };
}

// Admin only: correct a locked skill score, with a recorded reason.
export async function correctAction(_prev: ResultActionState, form: FormData): Promise<ResultActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const sessionId = String(form.get("sessionId") ?? "");
  try {
    const r = await correctSkillScore({
      caller: user,
      sessionId,
      input: {
        candidateId: String(form.get("candidateId") ?? ""),
        taskVersionId: String(form.get("taskVersionId") ?? ""),
        points: Math.round(Number(form.get("points") ?? 0) * 100),
        reason: String(form.get("reason") ?? ""),
      },
    });
    revalidatePath(`/admin/results/${sessionId}`);
    return { ok: `${r.old / 100} → ${r.new / 100}` };
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "CONFLICT" || e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；") };
    throw error;
  }
}

// Admin only: the session's scoring rules, before any result exists.
export async function scoringRulesAction(_prev: ResultActionState, form: FormData): Promise<ResultActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const sessionId = String(form.get("sessionId") ?? "");
  try {
    await setScoringRules({
      actorId: user.id,
      sessionId,
      now: new Date(),
      input: {
        multipleRule: String(form.get("multipleRule")),
        panelMethod: String(form.get("panelMethod")),
        adjudicationPercent: Number(form.get("adjudicationPercent")),
        heavyThreshold: Number(form.get("heavyThreshold")),
      },
    });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "CONFLICT" || e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；") };
    throw error;
  }
  revalidatePath(`/admin/results/${sessionId}`);
  return { ok: "saved" };
}
