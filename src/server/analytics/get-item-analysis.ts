// Use case: one bank item across every session that used it (any of its versions): the item's
// figures in each session's paper analysis (the rest of the test is that paper), and a pooled
// line. See docs/analytics.md for how sessions are pooled.
import { figure, undefinedFigure, type Figure } from "@/grading/analytics";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { analyseSessionPapers, type AnalysedItem } from "./paper-data";

export type ItemSessionRow = {
  sessionId: string;
  sessionName: string;
  startsAt: Date;
  paperName: string;
  form: string | null;
  item: AnalysedItem;
};

export type ItemAnalysisView = {
  item: { id: string; stem: string; type: string; version: number; reviewFlaggedAt: Date | null; reviewReason: unknown };
  sessions: ItemSessionRow[];
  pooled: {
    /** Attempts over all sessions. */
    n: number;
    /** Attempt-weighted mean of the sessions' facilities (= Σ marks / Σ maxima when the points agree). */
    facility: Figure;
    /** Attempt-weighted mean of the sessions' discrimination indexes (those that are defined). */
    discriminationIndex: Figure;
  };
};

export async function getItemAnalysis(options: { itemId: string }): Promise<ItemAnalysisView> {
  const prisma = getPrisma();
  const item = await prisma.item.findUnique({
    where: { id: options.itemId },
    select: { id: true, reviewFlaggedAt: true, reviewReason: true, currentVersion: { select: { stem: true, type: true, version: true } }, versions: { select: { id: true } } },
  });
  if (!item?.currentVersion) throw new AppError("NOT_FOUND");
  const versionIds = item.versions.map((v) => v.id);
  const used = await prisma.paperItem.findMany({ where: { itemVersionId: { in: versionIds } }, select: { paperId: true } });
  const paperIds = [...new Set(used.map((p) => p.paperId))];
  const sessions = paperIds.length
    ? await prisma.examSession.findMany({
        where: { mode: "theory", attempts: { some: { paperId: { in: paperIds } } } },
        select: { id: true, name: true, startsAt: true },
        orderBy: { startsAt: "asc" },
      })
    : [];
  const papers = await analyseSessionPapers(sessions.map((s) => s.id));
  const rows: ItemSessionRow[] = [];
  for (const p of papers) {
    const it = p.items.find((i) => versionIds.includes(i.versionId));
    if (!it) continue;
    const s = sessions.find((x) => x.id === p.sessionId)!;
    rows.push({ sessionId: s.id, sessionName: s.name, startsAt: s.startsAt, paperName: p.paperName, form: p.form, item: it });
  }
  rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.paperName.localeCompare(b.paperName));
  const n = rows.reduce((s, r) => s + r.item.analysis.n, 0);
  const weighted = (pick: (r: ItemSessionRow) => Figure): Figure => {
    const defined = rows.filter((r) => pick(r).value !== null && r.item.analysis.n > 0);
    const weight = defined.reduce((s, r) => s + r.item.analysis.n, 0);
    if (weight === 0) return rows[0] ? pick(rows[0]) : undefinedFigure("no-data");
    return figure(defined.reduce((s, r) => s + pick(r).value! * r.item.analysis.n, 0) / weight);
  };
  return {
    item: { id: item.id, stem: item.currentVersion.stem, type: item.currentVersion.type, version: item.currentVersion.version, reviewFlaggedAt: item.reviewFlaggedAt, reviewReason: item.reviewReason },
    sessions: rows,
    pooled: {
      n,
      facility: weighted((r) => r.item.analysis.facility),
      discriminationIndex: weighted((r) => r.item.analysis.discriminationIndex),
    },
  };
}
