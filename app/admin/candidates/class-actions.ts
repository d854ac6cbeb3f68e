"use server";

import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { addClassMembers } from "@/server/classes/add-class-members";
import { toAppError } from "@/server/errors";

// Admin only: put the candidates ticked in the candidate list into a class.
export async function assignToClassAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const back = String(form.get("back") ?? "");
  const base = back.startsWith("/admin/candidates") ? back : "/admin/candidates";
  const join = base.includes("?") ? "&" : "?";
  let result: { added: number; already: number };
  try {
    result = await addClassMembers({ input: { classId: String(form.get("classId") ?? ""), candidateIds: form.getAll("candidateId").map(String) }, actorId: user.id, now: new Date() });
  } catch (error) {
    const e = toAppError(error);
    if (e.code !== "VALIDATION") throw error;
    const message = e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；");
    redirect(`${base}${join}classError=${encodeURIComponent(message)}`);
  }
  redirect(`${base}${join}added=${result.added}&already=${result.already}`);
}
