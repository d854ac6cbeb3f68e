// Use case: record a relation between an examiner and a candidate (回避).
// relative/other are always refused on a panel; teacher only when marked as a conflict.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const RelationInputSchema = z.object({
  examinerId: z.string().trim().min(1, "请选择考评人员").max(64),
  ticketNumber: z.string().trim().min(1, "请填写考生准考证号").max(20),
  kind: z.enum(["relative", "teacher", "other"]),
  conflict: z.boolean().default(false),
  note: z.string().trim().max(200).default(""),
});

export async function createExaminerRelation(options: z.input<typeof RelationInputSchema> & { actorId: string; now: Date }) {
  const input = RelationInputSchema.parse(options);
  const prisma = getPrisma();
  const [examiner, candidate] = await Promise.all([
    prisma.user.findUnique({ where: { id: input.examinerId }, select: { roles: true } }),
    prisma.candidate.findUnique({ where: { ticketNumber: input.ticketNumber }, select: { id: true } }),
  ]);
  if (!examiner?.roles.includes("EXAMINER")) throw new AppError("VALIDATION", { message: "所选人员不是考评人员" });
  if (!candidate) throw new AppError("VALIDATION", { message: `没有准考证号为 ${input.ticketNumber} 的考生` });
  try {
    await prisma.examinerRelation.create({
      data: { examinerId: input.examinerId, candidateId: candidate.id, kind: input.kind, conflict: input.conflict, note: input.note, createdAt: options.now },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", { message: "该考评人员与该考生的关系已登记" });
    throw error;
  }
  await prisma.auditLog.create({ data: { actorId: options.actorId, action: "examinerRelation.create", subject: candidate.id, at: options.now } });
}

