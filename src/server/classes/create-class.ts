// Use case: an admin creates a class (班级) with its teachers. Names are unique.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const ClassNameSchema = z.string().trim().min(1, "「班级名称」必填").max(50, "「班级名称」不超过 50 个字");
export const CreateClassInput = z.object({ name: ClassNameSchema, teacherIds: z.array(z.string().min(1).max(64)).max(20).default([]) });

export async function createClass(options: { input: unknown; actorId: string; now: Date }): Promise<{ classId: string }> {
  const input = CreateClassInput.parse(options.input);
  const prisma = getPrisma();
  const teachers = await prisma.user.findMany({ where: { id: { in: input.teacherIds }, roles: { has: "TEACHER" } }, select: { id: true } });
  if (teachers.length !== new Set(input.teacherIds).size) throw new AppError("VALIDATION", { message: "「任课教师」须为教师账号" });
  try {
    return await prisma.$transaction(async (tx) => {
      const c = await tx.schoolClass.create({
        data: { name: input.name, createdById: options.actorId, createdAt: options.now, teachers: { create: teachers.map((t) => ({ userId: t.id })) } },
        select: { id: true },
      });
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "class.create", subject: c.id, at: options.now, details: { name: input.name } } });
      return { classId: c.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { message: `已有名为「${input.name}」的班级` });
    }
    throw error;
  }
}
