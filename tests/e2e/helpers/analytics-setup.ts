// A theory session with six scored attempts of known answers, for the analytics e2e: the paper
// and session come from createExamSession; six candidates of this test are seated and their
// submitted attempts, answers and results are written as the scoring would write them
// (src/grading scoreTheoryAttempt). Candidate k answers the first 90 − 15k items right; on the
// returned "special" item the two strongest choose a distractor (a possible wrong key).
import { createExamSession, db } from "./exam-setup";

export async function createScoredTheorySession(name: string) {
  const p = await db();
  const { scoreTheoryAttempt } = await import("../../../src/grading");
  const { sessionId } = await createExamSession({ opened: true, name });
  const session = await p.examSession.findUniqueOrThrow({ where: { id: sessionId }, select: { paperId: true, rooms: { select: { id: true } } } });
  const paperId = session.paperId!;
  const items = await p.paperItem.findMany({ where: { paperId }, orderBy: { position: "asc" }, include: { itemVersion: true } });
  const special = items.findIndex((it, j) => j >= 30 && it.type === "single");
  const wrong = (j: number) => (items[j]!.itemVersion.options as Array<{ key: string }>).map((o) => o.key).find((k) => !items[j]!.itemVersion.answer.includes(k))!;
  const [{ now }] = (await p.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const stamp = `${Date.now()}`;
  for (let c = 0; c < 6; c++) {
    const user = await p.user.create({ data: { displayName: `分析考生${c + 1}`, roles: ["CANDIDATE"] } });
    const candidate = await p.candidate.create({
      data: {
        userId: user.id,
        name: `分析考生${c + 1}`,
        idNumber: `E2EA${stamp}${c}`.slice(0, 18),
        gender: "女",
        level: "5",
        track: "online-merchant",
        ticketNumber: `A${stamp}${c}`.slice(0, 20),
        evidence: {},
        eligibilityStatus: "ELIGIBLE",
        eligibilityResult: {},
        eligibilityEvaluatedAt: now,
      },
    });
    await p.sessionCandidate.create({ data: { sessionId, sessionRoomId: session.rooms[0]!.id, candidateId: candidate.id, seat: c + 2, paperId } });
    const responses = new Map(items.map((it, j) => [it.itemVersionId, (j === special ? c >= 2 : j < 90 - 15 * c) ? it.itemVersion.answer : [wrong(j)]]));
    const score = scoreTheoryAttempt({
      paperItems: items.map((it) => ({ versionId: it.itemVersionId, type: it.type as "single", area: it.area as "ethics", points: it.points })),
      keys: new Map(items.map((it) => [it.itemVersionId, it.itemVersion.answer as "A"[]])),
      responses: responses as Map<string, "A"[]>,
    });
    const attempt = await p.attempt.create({
      data: { sessionId, candidateId: candidate.id, paperId, status: "submitted", startedAt: now, deadline: now, submittedAt: now, submittedBy: "candidate", lastSeq: items.length },
    });
    await p.answer.createMany({ data: items.map((it, j) => ({ attemptId: attempt.id, itemVersionId: it.itemVersionId, response: responses.get(it.itemVersionId)!, seq: j + 1, savedAt: now })) });
    await p.theoryResult.create({
      data: { attemptId: attempt.id, sessionId, candidateId: candidate.id, total: score.total, byArea: score.byArea as object, perItem: score.perItem as unknown as object[], passed: score.passed, scoredAt: now },
    });
  }
  return { sessionId, specialNo: special + 1, specialItemId: items[special]!.itemVersion.itemId };
}
