// Use case: the recorded examiner–candidate relations (回避), newest first, and the examiners
// a new one can name.
import { getPrisma } from "../db/client";

export async function listExaminerRelations() {
  const prisma = getPrisma();
  const rows = await prisma.examinerRelation.findMany({ orderBy: { createdAt: "desc" }, take: 500 });
  const [users, candidates] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: rows.map((r) => r.examinerId) } }, select: { id: true, displayName: true } }),
    prisma.candidate.findMany({ where: { id: { in: rows.map((r) => r.candidateId) } }, select: { id: true, name: true, ticketNumber: true } }),
  ]);
  const u = new Map(users.map((x) => [x.id, x.displayName]));
  const c = new Map(candidates.map((x) => [x.id, x]));
  const examiners = await prisma.user.findMany({
    where: { disabled: false, roles: { has: "EXAMINER" } },
    orderBy: [{ displayName: "asc" }, { username: "asc" }],
    select: { id: true, displayName: true },
  });
  const relations = rows.map((r) => ({
    id: r.id,
    examiner: u.get(r.examinerId) ?? r.examinerId,
    candidate: c.get(r.candidateId)?.name ?? r.candidateId,
    ticketNumber: c.get(r.candidateId)?.ticketNumber ?? "",
    kind: r.kind as "relative" | "teacher" | "other",
    conflict: r.conflict,
    note: r.note,
  }));
  return { relations, examiners: examiners.map((e) => ({ id: e.id, name: e.displayName })) };
}
