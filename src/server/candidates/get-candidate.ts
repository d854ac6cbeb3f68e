// Use cases: an admin opens a candidate's record (numbers masked), reveals the full ID and
// phone numbers (audit-logged), and confirms or overrides the eligibility evaluation.
import { z } from "zod";
import { EligibilityResultSchema, eligibilitySummary, evaluateEligibility, EligibilityInputSchema, type LevelCode } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { maskIdNumber, maskPhone } from "../roster/id-number";

export async function getCandidateForAdmin(options: { candidateId: string }) {
  const c = await getPrisma().candidate.findUnique({
    where: { id: options.candidateId },
    select: {
      id: true,
      name: true,
      idNumber: true,
      gender: true,
      phone: true,
      level: true,
      track: true,
      ticketNumber: true,
      evidence: true,
      eligibilityStatus: true,
      eligibilityResult: true,
      eligibilityEvaluatedAt: true,
      overrideReason: true,
      overrideAt: true,
      user: { select: { passwordIssuedAt: true, mustChangePassword: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND");
  const { idNumber, phone, ...rest } = c;
  return {
    ...rest,
    idNumberMasked: maskIdNumber(idNumber),
    phoneMasked: phone ? maskPhone(phone) : null,
    eligibilityResult: EligibilityResultSchema.parse(c.eligibilityResult),
    summary: eligibilitySummary(c.level as LevelCode),
  };
}

/** The full numbers, for an admin who asked to see them; every reveal is audit-logged. */
export async function revealCandidateNumbers(options: { candidateId: string; actorId: string; now: Date }) {
  const prisma = getPrisma();
  const c = await prisma.candidate.findUnique({ where: { id: options.candidateId }, select: { idNumber: true, phone: true } });
  if (!c) throw new AppError("NOT_FOUND");
  await prisma.auditLog.create({
    data: { actorId: options.actorId, action: "candidate.revealPersonalNumbers", subject: options.candidateId, at: options.now },
  });
  return { idNumber: c.idNumber, phone: c.phone };
}

export const OverrideInput = z.object({
  candidateId: z.string().min(1),
  decision: z.enum(["APPROVED", "REJECTED", "REEVALUATE"]),
  reason: z.string().trim().max(500),
});

/** Admin decision: approve or reject with a recorded reason, or re-evaluate by the rules. */
export async function decideEligibility(options: z.input<typeof OverrideInput> & { actorId: string; now: Date }) {
  const input = OverrideInput.parse(options);
  const prisma = getPrisma();
  const c = await prisma.candidate.findUnique({ where: { id: input.candidateId }, select: { evidence: true, eligibilityStatus: true } });
  if (!c) throw new AppError("NOT_FOUND");
  if (input.decision !== "REEVALUATE" && input.reason.length < 2) {
    throw new AppError("VALIDATION", { message: "请填写核准或驳回的理由", issues: [{ path: "reason", message: "必填" }] });
  }
  const result = evaluateEligibility(EligibilityInputSchema.parse(c.evidence), options.now);
  const status = input.decision === "REEVALUATE" ? (result.eligible ? "ELIGIBLE" : "NOT_ELIGIBLE") : input.decision;
  await prisma.$transaction([
    prisma.candidate.update({
      where: { id: input.candidateId },
      data: {
        eligibilityStatus: status,
        eligibilityResult: result,
        eligibilityEvaluatedAt: options.now,
        overrideReason: input.decision === "REEVALUATE" ? null : input.reason,
        overrideById: input.decision === "REEVALUATE" ? null : options.actorId,
        overrideAt: input.decision === "REEVALUATE" ? null : options.now,
      },
    }),
    prisma.auditLog.create({
      data: {
        actorId: options.actorId,
        action: "candidate.eligibilityDecision",
        subject: input.candidateId,
        at: options.now,
        details: { from: c.eligibilityStatus, to: status, reason: input.reason },
      },
    }),
  ]);
  return { status, result };
}

/** Only eligible or admin-approved candidates may be scheduled into sessions. */
export function isSchedulable(status: string): boolean {
  return status === "ELIGIBLE" || status === "APPROVED";
}
