// Who may see and act on a class: an admin (any class), or a teacher of that class (ClassTeacher).
// Every class page, route and action loads the class through this, by id AND caller.
import type { Role } from "@prisma/client";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type ClassCaller = { id: string; roles: readonly Role[] };

export const isClassAdmin = (caller: ClassCaller) => caller.roles.includes("ADMIN");

/** The class if the caller may see it; NOT_FOUND otherwise (an unknown class and another teacher's look alike). */
export async function requireClassAccess(options: { classId: string; caller: ClassCaller }) {
  const c = await getPrisma().schoolClass.findFirst({
    where: { id: options.classId, ...(isClassAdmin(options.caller) ? {} : { teachers: { some: { userId: options.caller.id } } }) },
    select: { id: true, name: true, samplesPublishedAt: true, createdAt: true },
  });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}
