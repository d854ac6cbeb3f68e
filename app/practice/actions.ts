"use server";

import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { AppError, toAppError } from "@/server/errors";
import { startDrill } from "@/server/practice/start-drill";
import { startMock } from "@/server/practice/start-mock";
import { removeMistake } from "@/server/practice/remove-mistake";

function candidateOf(user: { candidateId: string | null }): string {
  if (!user.candidateId) throw new AppError("FORBIDDEN");
  return user.candidateId;
}

const message = (error: unknown) => {
  const e = toAppError(error);
  if (e.code === "VALIDATION") return e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；");
  throw error;
};

// Candidate only, for themselves: start a drill (by scope, weakest, or the wrong-answer book).
// The form's fields: mode, and scope.kind + scope.area|content|knowledge, or content (book), size.
export async function startDrillAction(form: FormData): Promise<void> {
  const candidateId = candidateOf(await requireApiUser({ roles: ["CANDIDATE"] }));
  const mode = String(form.get("mode") ?? "");
  const kind = String(form.get("kind") ?? "");
  const input =
    mode === "content"
      ? { mode, size: form.get("size") ?? undefined, scope: { kind, [kind]: String(form.get("value") ?? "") } }
      : { mode, size: form.get("size") ?? undefined, ...(form.get("content") ? { content: String(form.get("content")) } : {}) };
  let drillId: string;
  try {
    drillId = (await startDrill({ candidateId, input, now: new Date() })).drillId;
  } catch (error) {
    redirect(`/practice?error=${encodeURIComponent(message(error))}`);
  }
  redirect(`/practice/drills/${drillId}`);
}

// Candidate only: start (or resume) a mock exam.
export async function startMockAction(): Promise<void> {
  const candidateId = candidateOf(await requireApiUser({ roles: ["CANDIDATE"] }));
  let mockId: string;
  try {
    mockId = (await startMock({ candidateId })).mockId;
  } catch (error) {
    redirect(`/practice/mocks?error=${encodeURIComponent(message(error))}`);
  }
  redirect(`/practice/mocks/${mockId}`);
}

// Candidate only: remove one of their own items from their wrong-answer book.
export async function removeMistakeAction(form: FormData): Promise<void> {
  const candidateId = candidateOf(await requireApiUser({ roles: ["CANDIDATE"] }));
  await removeMistake({ candidateId, itemId: String(form.get("itemId") ?? ""), now: new Date() });
  redirect("/practice/mistakes?removed=1");
}
