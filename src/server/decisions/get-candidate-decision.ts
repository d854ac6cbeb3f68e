// Use case: one application's overall decision as a page shows it (the admin's candidate page and
// the candidate's own home page): the candidate, each part's current result and retention, the
// history of sittings (resits marked), the certificates, and whether a review may still be
// requested for each released sitting (the school's window).
import { reviewWindow } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { getCertificateSettings } from "../settings/certificate-settings";
import { loadDecisions } from "./load-decisions";

export async function getCandidateDecision(options: { candidateId: string; now: Date }) {
  const prisma = getPrisma();
  const candidate = await prisma.candidate.findUnique({ where: { id: options.candidateId }, select: { id: true, name: true, ticketNumber: true, level: true, track: true } });
  if (!candidate) throw new AppError("NOT_FOUND");
  const settings = await getCertificateSettings();
  const { decisions, sessions } = await loadDecisions({ candidateIds: [candidate.id], now: options.now, retentionMonths: settings.retentionMonths });
  const decision = decisions.get(candidate.id)!;
  const [certificates, reviews] = await Promise.all([
    prisma.certificate.findMany({ where: { candidateId: candidate.id }, orderBy: { issuedAt: "desc" }, select: { id: true, number: true, status: true, issuedAt: true, revokedAt: true, flaggedAt: true } }),
    prisma.scoreReview.findMany({ where: { candidateId: candidate.id }, select: { sessionId: true } }),
  ]);
  const reviewed = new Set(reviews.map((r) => r.sessionId));
  const history = decision.history.map((h) => {
    const s = sessions.get(h.sessionId)!;
    const window = reviewWindow({ releasedAt: s.resultsReleasedAt, windowDays: settings.reviewWindowDays, now: options.now });
    return {
      ...h,
      name: s.name,
      releasedAt: s.resultsReleasedAt,
      reviewable: h.state === "scored" && window.open && !reviewed.has(h.sessionId),
      reviewClosesAt: window.closesAt,
    };
  });
  return { candidate, decision: { ...decision, history }, certificates, settings: { retentionMonths: settings.retentionMonths, reviewWindowDays: settings.reviewWindowDays } };
}
