// Score reviews (成绩复核) on a real PostgreSQL: the window from release, one request per session,
// the states and who may move them, theory (answer sheet and automatic rescore) and skill
// (the chief examiner or an examiner off the panel), corrections recorded, certificates flagged,
// candidates notified, every step audited.
import { beforeAll, describe, expect, it } from "vitest";
import { issueCertificates } from "@/server/certificates/issue-certificates";
import { loadDecisions } from "@/server/decisions/load-decisions";
import { scoreAttempt } from "@/server/results/score-theory";
import { decideReview } from "@/server/reviews/decide-review";
import { getReviewDetail } from "@/server/reviews/get-review-detail";
import { listAssignedReviews, listMyReviews } from "@/server/reviews/list-reviews";
import { requestReview } from "@/server/reviews/request-review";
import { assignReviewer, startReview } from "@/server/reviews/start-review";
import { prisma, resetDatabase } from "./helpers/db";
import { publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { makeCandidate, skillPlan, skillSession, theorySession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

const now = new Date();
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
let admin: { id: string; roles: ["ADMIN"] };
const examiner = (id: string) => ({ id, roles: ["EXAMINER" as const] });

beforeAll(async () => {
  await resetDatabase();
  admin = { id: (await createStaff("review-admin")).id, roles: ["ADMIN"] };
});

describe("requests and windows", () => {
  it("only after release, within the window, once per session, with a score and a reason", async () => {
    const c = await makeCandidate("申请人");
    const other = await makeCandidate("缺考者");
    const open = await theorySession({ name: "理论（已发布）", startsAt: daysAgo(3), scores: { [c.id]: 5500, [other.id]: null }, createdById: admin.id });
    await prisma.examSession.update({ where: { id: open.id }, data: { resultsReleasedAt: daysAgo(2) } });
    const late = await theorySession({ name: "理论（早已发布）", startsAt: daysAgo(30), scores: { [c.id]: 5000 }, createdById: admin.id });
    await prisma.examSession.update({ where: { id: late.id }, data: { resultsReleasedAt: daysAgo(16) } });
    const unreleased = await theorySession({ name: "理论（未发布）", startsAt: daysAgo(1), released: false, scores: { [c.id]: 5000 }, createdById: admin.id });
    const stranger = await theorySession({ name: "别人的场次", startsAt: daysAgo(3), scores: { [other.id]: 5000 }, createdById: admin.id });

    const ask = (candidateId: string, sessionId: string, reason = "我认为第 3 题判分有误") => requestReview({ candidateId, input: { sessionId, reason }, now });
    await expect(ask(c.id, unreleased.id)).rejects.toMatchObject({ code: "CONFLICT", message: "成绩尚未发布，不能申请复核" });
    await expect(ask(c.id, late.id)).rejects.toMatchObject({ code: "CONFLICT", message: "复核申请期限（成绩发布后 15 天内）已过" });
    await expect(ask(c.id, stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask(other.id, open.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("缺考") });
    await expect(ask(c.id, open.id, "不对")).rejects.toMatchObject({ issues: [expect.objectContaining({ message: expect.stringContaining("理由") })] });
    await ask(c.id, open.id);
    await expect(ask(c.id, open.id)).rejects.toMatchObject({ code: "CONFLICT", message: "本场次已申请过复核" });
    const mine = await listMyReviews({ candidateId: c.id });
    expect(mine.map((r) => [r.session.name, r.part, r.status, r.oldScore])).toEqual([["理论（已发布）", "theory", "submitted", 5500]]);
    expect(await prisma.notification.findMany({ where: { userId: c.userId }, select: { kind: true } })).toEqual([{ kind: "review.submitted" }]);
  });
});

describe("theory review: answer sheet, automatic rescore, recorded correction", () => {
  it("moves submitted → in review → corrected by the rescore; uphold is the other end", async () => {
    const proctor = await createStaff("review-proctor", ["PROCTOR"]);
    const paperId = await seedBankAndPaper(admin.id, now);
    const c = await makeCandidate("理论复核");
    const d2 = await makeCandidate("理论维持");
    const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id, d2.id], proctorIds: [proctor.id] });
    for (const cand of [c, d2]) {
      const attempt = await prisma.attempt.create({ data: { sessionId: session.id, candidateId: cand.id, paperId, status: "submitted", startedAt: now, deadline: now, submittedAt: now } });
      await prisma.answer.createMany({ data: paperItems.slice(0, 60).map((p, i) => ({ attemptId: attempt.id, itemVersionId: p.itemVersionId, response: p.itemVersion.answer, seq: i + 1, savedAt: now })) });
      await scoreAttempt(attempt.id);
    }
    // A scoring fault: c's stored total is 2 points short of what the keys give.
    const stored = await prisma.theoryResult.findUniqueOrThrow({ where: { sessionId_candidateId: { sessionId: session.id, candidateId: c.id } } });
    await prisma.theoryResult.update({ where: { attemptId: stored.attemptId }, data: { total: stored.total - 200 } });
    await prisma.examSession.update({ where: { id: session.id }, data: { resultsReleasedAt: daysAgo(1) } });

    const review = await requestReview({ candidateId: c.id, input: { sessionId: session.id, reason: "自己核对后分数不对" }, now });
    const outsider = await createStaff("review-examiner", ["EXAMINER"]);
    await expect(getReviewDetail({ caller: examiner(outsider.id), reviewId: review.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideReview({ caller: admin, now, input: { reviewId: review.id, decision: "uphold", outcome: "维持" } })).rejects.toMatchObject({ code: "CONFLICT", message: "请先开始复核" });
    await startReview({ caller: admin, reviewId: review.id, now });
    await expect(startReview({ caller: admin, reviewId: review.id, now })).rejects.toMatchObject({ code: "CONFLICT" });

    const detail = await getReviewDetail({ caller: admin, reviewId: review.id });
    expect(detail.review.status).toBe("in_review");
    expect(detail.theory!.items).toHaveLength(paperItems.length);
    expect(detail.theory!.items[0]).toMatchObject({ number: 1, response: [...paperItems[0]!.itemVersion.answer].sort(), key: [...paperItems[0]!.itemVersion.answer].sort() });
    expect(detail.theory!.storedTotal).toBe(stored.total - 200);
    expect(detail.theory!.rescoredTotal).toBe(stored.total);

    const r = await decideReview({ caller: admin, now, input: { reviewId: review.id, decision: "correct", outcome: "登分有误，按标准答案重新评分" } });
    expect(r).toMatchObject({ status: "corrected", before: stored.total - 200, after: stored.total });
    expect(await prisma.scoreCorrection.findFirst({ where: { candidateId: c.id }, select: { component: true, oldPoints: true, newPoints: true, actorId: true } })).toEqual({
      component: "theory",
      oldPoints: stored.total - 200,
      newPoints: stored.total,
      actorId: admin.id,
    });
    expect((await listMyReviews({ candidateId: c.id }))[0]).toMatchObject({ status: "corrected", newScore: stored.total, outcome: "登分有误，按标准答案重新评分" });
    expect((await prisma.notification.findMany({ where: { userId: c.userId }, orderBy: { at: "asc" }, select: { kind: true } })).map((n) => n.kind)).toEqual(["review.submitted", "review.started", "review.corrected"]);
    expect((await prisma.auditLog.findMany({ where: { subject: review.id }, orderBy: { at: "asc" }, select: { action: true } })).map((a) => a.action)).toEqual(["review.submit", "review.start", "review.correct"]);
    await expect(decideReview({ caller: admin, now, input: { reviewId: review.id, decision: "uphold", outcome: "再次" } })).rejects.toMatchObject({ code: "CONFLICT", message: "该复核已完成" });

    // Nothing to correct: the rescore equals the stored score, so only upholding is possible.
    const second = await requestReview({ candidateId: d2.id, input: { sessionId: session.id, reason: "请再核对一次成绩" }, now });
    await startReview({ caller: admin, reviewId: second.id, now });
    await expect(decideReview({ caller: admin, now, input: { reviewId: second.id, decision: "correct", outcome: "更正" } })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("维持原成绩") });
    expect(await decideReview({ caller: admin, now, input: { reviewId: second.id, decision: "uphold", outcome: "经核对，评分无误" } })).toMatchObject({ status: "upheld" });
  });
});

describe("skill review: the chief examiner or an examiner off the panel", () => {
  it("routes to the chief, can be reassigned off the panel only, corrects through recorded corrections and flags the certificate", async () => {
    const plan = await skillPlan(admin.id);
    const [e1, e2, chief, outside] = await Promise.all(["panel-1", "panel-2", "panel-chief", "off-panel"].map((u) => createStaff(u, ["EXAMINER"])));
    const passer = await makeCandidate("技能合格者");
    const failer = await makeCandidate("技能差一点");
    await theorySession({ name: "理论", startsAt: daysAgo(10), scores: { [passer.id]: 7000, [failer.id]: 7000 }, createdById: admin.id });
    const skill = await skillSession({
      name: "技能考核",
      startsAt: daysAgo(5),
      plan,
      finals: { [passer.id]: [4000, 3000], [failer.id]: [3500, 2400] },
      createdById: admin.id,
      examiners: { chiefId: chief!.id, others: [e1!.id, e2!.id] },
    });
    await prisma.examSession.update({ where: { id: skill.id }, data: { resultsReleasedAt: daysAgo(1) } });
    const issued = await issueCertificates({ actorId: admin.id, input: { scope: "session", sessionId: skill.id }, now });
    expect(issued.issued.map((c) => c.name)).toEqual(["技能合格者"]);

    // The failing candidate asks; the chief examiner gets it.
    const review = await requestReview({ candidateId: failer.id, input: { sessionId: skill.id, reason: "数据分析题我做完了，分数偏低" }, now });
    expect((await listAssignedReviews({ examinerId: chief!.id })).map((r) => r.id)).toEqual([review.id]);
    await expect(getReviewDetail({ caller: examiner(e1!.id), reviewId: review.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Admins see it but do not decide skill reviews.
    await expect(startReview({ caller: admin, reviewId: review.id, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Reassignment: a panel member is refused; an examiner off the panel is accepted.
    await expect(assignReviewer({ caller: admin, now, input: { reviewId: review.id, reviewerId: e1!.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    await assignReviewer({ caller: admin, now, input: { reviewId: review.id, reviewerId: outside!.id } });
    await expect(startReview({ caller: examiner(chief!.id), reviewId: review.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await startReview({ caller: examiner(outside!.id), reviewId: review.id, now });
    await expect(assignReviewer({ caller: admin, now, input: { reviewId: review.id, reviewerId: chief!.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    const detail = await getReviewDetail({ caller: examiner(outside!.id), reviewId: review.id });
    expect(detail.skill!.map((t) => [t.title, t.result?.final])).toEqual([
      ["商品发布", 3500],
      ["数据分析", 2400],
    ]);
    await expect(decideReview({ caller: examiner(outside!.id), now, input: { reviewId: review.id, decision: "correct", outcome: "无改动", tasks: [{ taskVersionId: plan.tasks[1]!.versionId, points: 2400 }] } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideReview({ caller: examiner(outside!.id), now, input: { reviewId: review.id, decision: "correct", outcome: "超分", tasks: [{ taskVersionId: plan.tasks[1]!.versionId, points: 4100 }] } })).rejects.toMatchObject({ code: "VALIDATION" });
    const r = await decideReview({ caller: examiner(outside!.id), now, input: { reviewId: review.id, decision: "correct", outcome: "数据分析题漏评一项，补评 3 分", tasks: [{ taskVersionId: plan.tasks[1]!.versionId, points: 2700 }] } });
    expect(r).toMatchObject({ status: "corrected", before: 5900, after: 6200 });
    expect(await prisma.scoreCorrection.findFirst({ where: { candidateId: failer.id }, select: { component: true, target: true, oldPoints: true, newPoints: true } })).toEqual({ component: "skill-task", target: plan.tasks[1]!.versionId, oldPoints: 2400, newPoints: 2700 });
    // The corrected candidate now passes and can be certified.
    expect((await loadDecisions({ candidateIds: [failer.id], now })).decisions.get(failer.id)!.overall).toBe("pass");
    expect((await issueCertificates({ actorId: admin.id, input: { scope: "session", sessionId: skill.id }, now })).issued.map((c) => c.name)).toEqual(["技能差一点"]);

    // A review that corrects a certified score flags that certificate.
    const r2 = await requestReview({ candidateId: passer.id, input: { sessionId: skill.id, reason: "商品发布题评分标准理解有误" }, now });
    await startReview({ caller: examiner(chief!.id), reviewId: r2.id, now });
    await decideReview({ caller: examiner(chief!.id), now, input: { reviewId: r2.id, decision: "correct", outcome: "复核后下调 5 分", tasks: [{ taskVersionId: plan.tasks[0]!.versionId, points: 3500 }] } });
    expect(await prisma.certificate.findFirstOrThrow({ where: { validFor: passer.id }, select: { flaggedAt: true, flagReason: true } })).toMatchObject({ flagReason: "成绩复核：复核后下调 5 分" });
  });
});
