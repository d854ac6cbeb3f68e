"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AutoAssignProposal, Violation } from "@/exam";
import { requireApiUser } from "@/server/auth/session";
import { expectedErrorMessage } from "@/server/sessions/action-error";
import { autoAssignSession } from "@/server/sessions/auto-assign-session";
import { checkSessionDraft } from "@/server/sessions/check-session-draft";
import { createExaminerRelation } from "@/server/sessions/create-examiner-relation";
import { createSession } from "@/server/sessions/create-session";
import { publishSession } from "@/server/sessions/publish-session";
import { scheduleCohort } from "@/server/sessions/schedule-cohort";
import type { SessionInputRaw } from "@/server/sessions/session-input";
import { updateSession } from "@/server/sessions/update-session";

export type EditorResult = { violations: Violation[]; error?: string };
export type PublishState = { violations?: string[]; error?: string };
export type CohortState = { ok?: boolean; sessions?: number; placed?: number; shortages?: string[]; violations?: string[]; error?: string };
export type RelationState = { saved?: boolean; error?: string };

const SessionIdSchema = z.string().min(1).max(64).nullable();
const asInput = (payload: unknown) => (payload ?? {}) as SessionInputRaw; // parsed by the service (zod)

// Admin only: check the form against every rule without saving (the live check).
export async function checkSessionAction(payload: unknown, sessionId: string | null): Promise<EditorResult> {
  await requireApiUser({ roles: ["ADMIN"] });
  try {
    const id = SessionIdSchema.parse(sessionId);
    return { violations: await checkSessionDraft({ input: asInput(payload), ...(id ? { sessionId: id } : {}) }) };
  } catch (error) {
    return { violations: [], error: expectedErrorMessage(error) };
  }
}

// Admin only: propose rooms and the minimum legal staff for the selected candidates.
export async function autoAssignAction(payload: unknown): Promise<{ proposal?: AutoAssignProposal; error?: string }> {
  await requireApiUser({ roles: ["ADMIN"] });
  try {
    return { proposal: await autoAssignSession(payload as Parameters<typeof autoAssignSession>[0]) };
  } catch (error) {
    return { error: expectedErrorMessage(error) };
  }
}

// Admin only: create or edit a session; refused with the violations when a rule is broken.
export async function saveSessionAction(payload: unknown, sessionId: string | null): Promise<EditorResult> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  let savedId: string;
  try {
    const id = SessionIdSchema.parse(sessionId);
    const now = new Date();
    const result = id
      ? await updateSession({ sessionId: id, input: asInput(payload), actorId: user.id, now })
      : await createSession({ input: asInput(payload), actorId: user.id, now });
    if (!result.ok) return { violations: result.violations };
    savedId = result.sessionId;
  } catch (error) {
    return { violations: [], error: expectedErrorMessage(error) };
  }
  revalidatePath("/admin/sessions");
  redirect(`/admin/sessions/${savedId}`);
}

// Admin only: publish a draft session (prepares the candidates' papers).
export async function publishSessionAction(_prev: PublishState, form: FormData): Promise<PublishState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  let id: string;
  try {
    id = z.string().min(1).max(64).parse(form.get("sessionId"));
    const result = await publishSession({ sessionId: id, actorId: user.id, now: new Date() });
    if (!result.ok) return { violations: result.violations.map((v) => v.message) };
  } catch (error) {
    return { error: expectedErrorMessage(error) };
  }
  revalidatePath(`/admin/sessions/${id}`);
  return {};
}

// Admin only: schedule a whole cohort into draft sessions.
export async function scheduleCohortAction(_prev: CohortState, form: FormData): Promise<CohortState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  try {
    const sittings = String(form.get("sittings") ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim().replace(/\s+/, "T"))
      .filter(Boolean);
    const result = await scheduleCohort({
      name: String(form.get("name") ?? ""),
      mode: String(form.get("mode") ?? "") as "theory",
      level: String(form.get("level") ?? "") as "5",
      track: String(form.get("track") ?? "") as "online-merchant",
      sittings,
      minutes: String(form.get("minutes") ?? ""),
      roomIds: form.getAll("roomIds").map(String),
      purpose: form.get("purpose") === "resit" ? "resit" : "first",
      actorId: user.id,
      now: new Date(),
    });
    if (result.ok) revalidatePath("/admin/sessions");
    return {
      ok: result.ok,
      sessions: result.sessionIds.length,
      placed: result.placed,
      shortages: result.shortages,
      violations: result.violations.map((v) => `${v.session}：${v.message}`),
    };
  } catch (error) {
    return { error: expectedErrorMessage(error) };
  }
}

// Admin only: record an examiner–candidate relation (回避).
export async function createRelationAction(_prev: RelationState, form: FormData): Promise<RelationState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  try {
    await createExaminerRelation({
      examinerId: String(form.get("examinerId") ?? ""),
      ticketNumber: String(form.get("ticketNumber") ?? ""),
      kind: String(form.get("kind") ?? "") as "teacher",
      conflict: form.get("conflict") === "on",
      note: String(form.get("note") ?? ""),
      actorId: user.id,
      now: new Date(),
    });
  } catch (error) {
    return { error: expectedErrorMessage(error) };
  }
  revalidatePath("/admin/sessions/relations");
  return { saved: true };
}
