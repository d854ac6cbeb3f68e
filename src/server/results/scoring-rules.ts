// Use case: the admin sets a session's scoring rules (docs/scoring.md) — multiple-choice rule for
// theory; panel aggregation, adjudication threshold and heavy-criterion threshold for skill.
// Only before the first result exists, so nobody's score changes silently.
import { z } from "zod";
import { MultipleRuleSchema, PanelMethodSchema } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const ScoringRulesInput = z.object({
  multipleRule: MultipleRuleSchema,
  panelMethod: PanelMethodSchema,
  adjudicationPercent: z.number().int().min(1, "复核阈值应为 1–100").max(100, "复核阈值应为 1–100"),
  heavyThreshold: z.number().int().min(1).max(100),
});

export async function getScoringRules(options: { sessionId: string }) {
  const s = await getPrisma().examSession.findUnique({
    where: { id: options.sessionId },
    select: { multipleRule: true, panelMethod: true, adjudicationPercent: true, heavyThreshold: true },
  });
  if (!s) throw new AppError("NOT_FOUND");
  return s;
}

export async function setScoringRules(options: { actorId: string; sessionId: string; input: unknown; now: Date }) {
  const input = ScoringRulesInput.parse(options.input);
  const prisma = getPrisma();
  const [theory, skill, sheets] = await Promise.all([
    prisma.theoryResult.count({ where: { sessionId: options.sessionId } }),
    prisma.skillTaskResult.count({ where: { sessionId: options.sessionId } }),
    prisma.skillSheet.count({ where: { sessionId: options.sessionId } }),
  ]);
  if (theory + skill + sheets > 0) throw new AppError("CONFLICT", { message: "已有成绩或已提交的评分，评分规则不能再修改" });
  await prisma.$transaction([
    prisma.examSession.update({ where: { id: options.sessionId }, data: input }),
    prisma.auditLog.create({ data: { actorId: options.actorId, action: "session.scoringRules", subject: options.sessionId, at: options.now, details: input } }),
  ]);
  return input;
}
