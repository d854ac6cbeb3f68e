// The practice pool of a candidate: the items they may practise and meet in mock exams. Active
// items whose use is "practice" or "both" (never "secure": practice cannot leak an exam),
// eligible for the candidate's level and track as in an exam (src/exam eligibleItems). The demo
// bank's sample items only once a teacher published them to one of the candidate's classes.
// See docs/practice.md.
import { eligibleItems, usesFor, type ItemVersion } from "@/exam";
import type { LevelCode, TrackCode } from "@/standard";
import { rowToDomain, versionSelect } from "../bank/item-store";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type PracticeCandidate = { id: string; level: LevelCode; track: TrackCode };

export async function getPracticeCandidate(candidateId: string): Promise<PracticeCandidate> {
  const c = await getPrisma().candidate.findUnique({ where: { id: candidateId }, select: { id: true, level: true, track: true } });
  if (!c) throw new AppError("NOT_FOUND");
  return { id: c.id, level: c.level as LevelCode, track: c.track as TrackCode };
}

/** Whether a class of the candidate has the demo bank's sample items published to practice. */
export async function samplesOpenFor(candidateId: string): Promise<boolean> {
  const n = await getPrisma().classMember.count({ where: { candidateId, class: { samplesPublishedAt: { not: null } } } });
  return n > 0;
}

/** The candidate's practice pool: one (current) version per item. */
export async function loadPracticePool(candidate: PracticeCandidate): Promise<ItemVersion[]> {
  const samples = await samplesOpenFor(candidate.id);
  const rows = await getPrisma().itemVersion.findMany({
    where: {
      currentOf: { isNot: null },
      item: { status: "active", use: { in: usesFor("practice") }, ...(samples ? {} : { sample: false }) },
    },
    select: versionSelect,
  });
  const bank = rows.map(rowToDomain).filter((v): v is ItemVersion => v !== null);
  return eligibleItems(bank, candidate.level, candidate.track);
}
