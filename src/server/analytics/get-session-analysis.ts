// Use case: the item and test analysis of a theory session (one part per paper, e.g. A/B forms),
// for the admin's analysis pages and exports. See docs/analytics.md.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { analyseSessionPapers, type AnalysedPaper } from "./paper-data";

export type SessionAnalysis = {
  session: { id: string; name: string; mode: string; level: string; track: string; startsAt: Date };
  papers: AnalysedPaper[];
};

/** Throws NOT_FOUND unless the session exists and is a theory session past its draft. */
export async function getSessionAnalysis(options: { sessionId: string }): Promise<SessionAnalysis> {
  const session = await getPrisma().examSession.findUnique({
    where: { id: options.sessionId },
    select: { id: true, name: true, mode: true, level: true, track: true, startsAt: true, status: true },
  });
  if (!session || session.mode !== "theory" || session.status === "draft") throw new AppError("NOT_FOUND");
  const { status: _status, ...rest } = session;
  return { session: rest, papers: await analyseSessionPapers([session.id]) };
}
