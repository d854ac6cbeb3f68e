// When a theory session is published (or a published one is edited), every seated candidate gets
// the paper they will sit and their own order of items and options, so that nothing is assembled
// at exam start. One paper for all, or A/B forms of a group alternating by seat (odd seats A,
// even seats B). The order is seeded by `${sessionId}:${candidateId}`, so it is reproducible.
// The items as the candidate's exam page receives them (no keys) are stored with the order
// (SessionCandidate.examItems), so that loading the paper at the start is one read on any instance.
import type { Prisma } from "@prisma/client";
import { candidateOrder, type ItemType, type OptionKey, type PaperItem } from "@/exam";
import type { AreaCode } from "@/standard";
import { AppError } from "../errors";
import { buildExamItems, type ExamItemSource } from "../exam/exam-items";

export async function prepareCandidatePapers(tx: Prisma.TransactionClient, sessionId: string): Promise<{ prepared: number }> {
  const session = await tx.examSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { mode: true, paperId: true, formGroup: true },
  });
  if (session.mode !== "theory") {
    await tx.sessionCandidate.updateMany({ where: { sessionId }, data: { paperId: null, examItems: null } });
    return { prepared: 0 };
  }
  const papers = session.formGroup
    ? await tx.paper.findMany({ where: { formGroup: session.formGroup }, orderBy: { form: "asc" }, select: { id: true } })
    : session.paperId
      ? [{ id: session.paperId }]
      : [];
  if (papers.length === 0) throw new AppError("VALIDATION", { message: "理论知识考试场次发布前须选择试卷" });

  const loaded = new Map<string, { items: PaperItem[]; versions: Map<string, ExamItemSource & { type: ItemType; options: Array<{ key: OptionKey; text: string }> }> }>();
  for (const p of papers) {
    const rows = await tx.paperItem.findMany({
      where: { paperId: p.id },
      orderBy: { position: "asc" },
      select: { type: true, area: true, points: true, itemVersion: { select: { id: true, itemId: true, type: true, stem: true, options: true, item: { select: { use: true } } } } },
    });
    if (rows.length === 0) throw new AppError("VALIDATION", { message: "所选试卷没有试题" });
    // A practice-only item never reaches a scheduled exam (docs/practice.md).
    const practiceOnly = rows.filter((r) => r.itemVersion.item.use === "practice").length;
    if (practiceOnly > 0) throw new AppError("VALIDATION", { message: `所选试卷中有 ${practiceOnly} 道题目已改为仅练习用，不能用于考试，请重新组卷` });
    loaded.set(p.id, {
      items: rows.map((r) => ({
        itemId: r.itemVersion.itemId,
        versionId: r.itemVersion.id,
        type: r.type as ItemType,
        area: r.area as AreaCode,
        points: r.points,
        knowledgePoint: "",
      })),
      versions: new Map(
        rows.map((r) => [r.itemVersion.id, { type: r.itemVersion.type as ItemType, stem: r.itemVersion.stem, options: r.itemVersion.options as Array<{ key: OptionKey; text: string }> }]),
      ),
    });
  }

  const seated = await tx.sessionCandidate.findMany({ where: { sessionId }, select: { id: true, candidateId: true, seat: true } });
  for (const sc of seated) {
    const paperId = papers[(sc.seat - 1) % papers.length]!.id;
    const paper = loaded.get(paperId)!;
    const order = candidateOrder({ paper: { items: paper.items }, seed: `${sessionId}:${sc.candidateId}`, items: paper.versions });
    await tx.sessionCandidate.update({
      where: { id: sc.id },
      data: {
        paperId,
        itemOrder: order.itemOrder,
        optionOrder: order.optionOrder,
        examItems: JSON.stringify(buildExamItems({ itemOrder: order.itemOrder, optionOrder: order.optionOrder, versions: paper.versions })),
      },
    });
  }
  return { prepared: seated.length };
}
