// Use case: an admin sets the teachers of a class (TEACHER accounts only).
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const SetClassTeachersInput = z.object({ classId: z.string().min(1).max(64), teacherIds: z.array(z.string().min(1).max(64)).max(20) });

export async function setClassTeachers(options: { input: unknown; actorId: string; now: Date }): Promise<void> {
  const input = SetClassTeachersInput.parse(options.input);
  const prisma = getPrisma();
  const ids = [...new Set(input.teacherIds)];
  const teachers = await prisma.user.count({ where: { id: { in: ids }, roles: { has: "TEACHER" } } });
  if (teachers !== ids.length) throw new AppError("VALIDATION", { message: "「任课教师」须为教师账号" });
  await prisma.$transaction(async (tx) => {
    const c = await tx.schoolClass.findUnique({ where: { id: input.classId }, select: { id: true } });
    if (!c) throw new AppError("NOT_FOUND");
    await tx.classTeacher.deleteMany({ where: { classId: c.id } });
    await tx.classTeacher.createMany({ data: ids.map((userId) => ({ classId: c.id, userId })) });
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "class.teachers", subject: c.id, at: options.now, details: { teacherIds: ids } } });
  });
}
