// Use case: the classes a caller may see (an admin: all; a teacher: the classes they teach), with
// their teachers and sizes; for admins also the teacher accounts to choose from.
import { getPrisma } from "../db/client";
import { isClassAdmin, type ClassCaller } from "./class-access";

export async function listClasses(options: { caller: ClassCaller }) {
  const prisma = getPrisma();
  const admin = isClassAdmin(options.caller);
  const classes = await prisma.schoolClass.findMany({
    where: admin ? {} : { teachers: { some: { userId: options.caller.id } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, samplesPublishedAt: true, _count: { select: { members: true } }, teachers: { select: { userId: true } } },
  });
  const teacherAccounts = await prisma.user.findMany({
    where: admin ? { roles: { has: "TEACHER" }, disabled: false } : { id: { in: [...new Set(classes.flatMap((c) => c.teachers.map((t) => t.userId)))] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, username: true },
  });
  const name = new Map(teacherAccounts.map((u) => [u.id, u.displayName]));
  return {
    classes: classes.map((c) => ({
      id: c.id,
      name: c.name,
      members: c._count.members,
      samplesPublished: c.samplesPublishedAt !== null,
      teachers: c.teachers.map((t) => name.get(t.userId) ?? "—"),
      teacherIds: c.teachers.map((t) => t.userId),
    })),
    teachers: admin ? teacherAccounts.map((u) => ({ id: u.id, name: u.displayName, username: u.username ?? "" })) : [],
  };
}
