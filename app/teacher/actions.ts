"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { createClass } from "@/server/classes/create-class";
import { publishSamples } from "@/server/classes/publish-samples";
import { removeClassMember } from "@/server/classes/remove-class-member";
import { setClassTeachers } from "@/server/classes/set-class-teachers";
import { toAppError } from "@/server/errors";

const problem = (error: unknown) => {
  const e = toAppError(error);
  if (e.code === "VALIDATION" || e.code === "CONFLICT") return e.message !== e.code ? e.message : e.issues.map((i) => i.message).join("；");
  throw error;
};

// Admin only: create a class with its teachers.
export async function createClassAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  let classId: string;
  try {
    classId = (await createClass({ input: { name: form.get("name"), teacherIds: form.getAll("teacherIds").map(String) }, actorId: user.id, now: new Date() })).classId;
  } catch (error) {
    redirect(`/teacher?error=${encodeURIComponent(problem(error))}`);
  }
  redirect(`/teacher/classes/${classId}`);
}

// Admin only: set a class's teachers.
export async function setClassTeachersAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const classId = String(form.get("classId") ?? "");
  await setClassTeachers({ input: { classId, teacherIds: form.getAll("teacherIds").map(String) }, actorId: user.id, now: new Date() });
  revalidatePath(`/teacher/classes/${classId}`);
}

// A teacher of the class, or an admin: open the demo bank's sample items to the class's practice.
export async function publishSamplesAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN", "TEACHER"] });
  const classId = String(form.get("classId") ?? "");
  const { sampleItems } = await publishSamples({ classId, caller: user, now: new Date() });
  redirect(`/teacher/classes/${classId}?published=${sampleItems}`);
}

// Admin only: take a candidate out of a class.
export async function removeClassMemberAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const classId = String(form.get("classId") ?? "");
  await removeClassMember({ classId, candidateId: String(form.get("candidateId") ?? ""), actorId: user.id, now: new Date() });
  revalidatePath(`/teacher/classes/${classId}`);
}
