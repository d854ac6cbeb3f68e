// Use case: an admin takes a candidate out of a class. Their practice history stays theirs.
import { getPrisma } from "../db/client";

export async function removeClassMember(options: { classId: string; candidateId: string; actorId: string; now: Date }): Promise<boolean> {
  const prisma = getPrisma();
  const r = await prisma.classMember.deleteMany({ where: { classId: options.classId, candidateId: options.candidateId } });
  if (r.count > 0) {
    await prisma.auditLog.create({ data: { actorId: options.actorId, action: "class.members.remove", subject: options.classId, at: options.now, details: { candidateId: options.candidateId } } });
  }
  return r.count > 0;
}
