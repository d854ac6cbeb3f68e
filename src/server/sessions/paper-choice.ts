// Checks the paper (theory) or skill plan chosen for a session: it exists and matches the
// session's level and track. Returns the columns to store; throws VALIDATION with the reason.
import type { Prisma } from "@prisma/client";
import { AppError } from "../errors";
import { paperColumns, type SessionInput } from "./session-input";

export async function resolvePaperChoice(db: Prisma.TransactionClient, input: SessionInput) {
  const cols = paperColumns(input);
  const mismatch = (what: string) =>
    new AppError("VALIDATION", { message: `所选${what}的等级或工种与场次不一致` });
  if (cols.paperId) {
    const p = await db.paper.findUnique({ where: { id: cols.paperId }, select: { level: true, track: true } });
    if (!p) throw new AppError("VALIDATION", { message: "所选试卷不存在" });
    if (p.level !== input.level || p.track !== input.track) throw mismatch("试卷");
  }
  if (cols.formGroup) {
    const ps = await db.paper.findMany({ where: { formGroup: cols.formGroup }, select: { level: true, track: true } });
    if (ps.length === 0) throw new AppError("VALIDATION", { message: "所选 A/B 卷不存在" });
    if (ps.some((p) => p.level !== input.level || p.track !== input.track)) throw mismatch("A/B 卷");
  }
  if (cols.skillPlanId) {
    const p = await db.skillPlan.findUnique({ where: { id: cols.skillPlanId }, select: { level: true, track: true } });
    if (!p) throw new AppError("VALIDATION", { message: "所选技能考核方案不存在" });
    if (p.level !== input.level || p.track !== input.track) throw mismatch("技能考核方案");
  }
  return cols;
}
