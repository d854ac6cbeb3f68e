"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { endCandidateSessions } from "@/server/auth/revoke-sessions";
import { requireApiUser } from "@/server/auth/session";
import { decideEligibility, revealCandidateNumbers } from "@/server/candidates/get-candidate";
import { toAppError } from "@/server/errors";

export type RevealState = { idNumber?: string; phone?: string | null; error?: string };
export type DecisionState = { error?: string; ok?: boolean };

// Admin only: reveal a candidate's full numbers (audit-logged by the service).
export async function revealAction(_prev: RevealState, form: FormData): Promise<RevealState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { idNumber, phone } = await revealCandidateNumbers({ candidateId: String(form.get("candidateId")), actorId: user.id, now: new Date() });
  return { idNumber, phone };
}

// Admin only: approve, reject (with a recorded reason) or re-evaluate.
export async function decideAction(_prev: DecisionState, form: FormData): Promise<DecisionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const candidateId = String(form.get("candidateId"));
  try {
    await decideEligibility({
      candidateId,
      decision: String(form.get("decision")) as "APPROVED" | "REJECTED" | "REEVALUATE",
      reason: String(form.get("reason") ?? ""),
      actorId: user.id,
      now: new Date(),
    });
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message === e.code ? "输入有误" : e.message };
    throw error;
  }
  revalidatePath(`/admin/candidates/${candidateId}`);
  return { ok: true };
}

// Admin only: end every session of the candidate's account (audit-logged by the service).
export async function endSessionsAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const candidateId = String(form.get("candidateId") ?? "");
  await endCandidateSessions({ actorId: user.id, candidateId, now: new Date() });
  redirect(`/admin/candidates/${encodeURIComponent(candidateId)}?sessionsEnded=1`);
}
