// Use case: an admin puts candidates into a class (from the candidate list). Candidates already in
// the class stay; unknown candidate ids are refused (nothing is written).
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const AddClassMembersInput = z.object({
  classId: z.string().min(1, "请选择班级").max(64),
  candidateIds: z.array(z.string().min(1).max(64)).min(1, "请先勾选考生").max(5000),
});

export async function addClassMembers(options: { input: unknown; actorId: string; now: Date }): Promise<{ added: number; already: number }> {
  const input = AddClassMembersInput.parse(options.input);
  return getPrisma().$transaction(async (tx) => {
    const c = await tx.schoolClass.findUnique({ where: { id: input.classId }, select: { id: true } });
    if (!c) throw new AppError("VALIDATION", { message: "「班级」不存在" });
    const result = await addMembersTx(tx, c.id, [...new Set(input.candidateIds)], options.now);
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "class.members.add", subject: c.id, at: options.now, details: result } });
    return result;
  });
}

/** Inside a transaction: adds existing candidates to a class; throws VALIDATION for unknown ids. */
export async function addMembersTx(tx: Prisma.TransactionClient, classId: string, candidateIds: string[], now: Date) {
  const found = await tx.candidate.count({ where: { id: { in: candidateIds } } });
  if (found !== candidateIds.length) throw new AppError("VALIDATION", { message: "所选考生中有不存在的考生" });
  const r = await tx.classMember.createMany({ data: candidateIds.map((candidateId) => ({ classId, candidateId, addedAt: now })), skipDuplicates: true });
  return { added: r.count, already: candidateIds.length - r.count };
}
