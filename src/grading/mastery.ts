// Practice progress as pure functions: mastery per work content and per area (share right of
// recent answers), the weakest contents, practice streaks, and what to practise next.
// No I/O and no clock: `today` is passed in. See docs/practice.md for the rules.
import type { AreaCode } from "../standard";

/**
 * "Recent" = the latest RECENT_WINDOW answers of a work content (drills and submitted mock
 * exams alike; unanswered mock items are not answers). Older answers still count in `answered`
 * but not in mastery, so mastery follows what the candidate can do now.
 */
export const RECENT_WINDOW = 20;
/** A content needs at least this many recent answers to be called weak (or strong). */
export const MIN_ANSWERS_FOR_MASTERY = 3;

export interface PracticeAnswerFact {
  /** Work content key (src/exam contentKeyOfTag). */
  content: string;
  area: AreaCode;
  correct: boolean;
  answeredAt: Date;
}

export interface Mastery {
  /** Recent answers (at most RECENT_WINDOW per content). */
  recent: number;
  /** Right among the recent answers. */
  right: number;
  /** All answers ever. */
  answered: number;
  /** right / recent as a whole percent (half up), null when there is no answer. */
  percent: number | null;
}

function percent(right: number, recent: number): number | null {
  return recent === 0 ? null : Math.floor((right * 200 + recent) / (recent * 2));
}

/**
 * Mastery per work content: the share right of its latest RECENT_WINDOW answers. Answers may
 * come in any order; ties in time keep their given order.
 */
export function masteryByContent(answers: readonly PracticeAnswerFact[]): Map<string, Mastery & { area: AreaCode }> {
  const byContent = new Map<string, PracticeAnswerFact[]>();
  for (const a of answers) {
    const list = byContent.get(a.content);
    if (list) list.push(a);
    else byContent.set(a.content, [a]);
  }
  const out = new Map<string, Mastery & { area: AreaCode }>();
  for (const [content, list] of byContent) {
    const latest = [...list].sort((x, y) => y.answeredAt.getTime() - x.answeredAt.getTime()).slice(0, RECENT_WINDOW);
    const right = latest.filter((a) => a.correct).length;
    out.set(content, { area: list[0]!.area, recent: latest.length, right, answered: list.length, percent: percent(right, latest.length) });
  }
  return out;
}

/** Mastery per area (duty, 职业道德, 基础知识): the recent windows of its contents taken together. */
export function masteryByArea(byContent: ReadonlyMap<string, Mastery & { area: AreaCode }>): Map<AreaCode, Mastery> {
  const out = new Map<AreaCode, Mastery>();
  for (const m of byContent.values()) {
    const a = out.get(m.area) ?? { recent: 0, right: 0, answered: 0, percent: null };
    a.recent += m.recent;
    a.right += m.right;
    a.answered += m.answered;
    a.percent = percent(a.right, a.recent);
    out.set(m.area, a);
  }
  return out;
}

/**
 * The candidate's weakest work contents, from their own history: contents with at least
 * MIN_ANSWERS_FOR_MASTERY recent answers, lowest mastery first (then more recent answers wrong,
 * then the key), at most `limit`. Contents at 100 % are never weak.
 */
export function weakestContents(byContent: ReadonlyMap<string, Mastery>, limit = 3): string[] {
  return [...byContent.entries()]
    .filter(([, m]) => m.recent >= MIN_ANSWERS_FOR_MASTERY && m.right < m.recent)
    .sort(([ka, a], [kb, b]) => a.right * b.recent - b.right * a.recent || b.recent - b.right - (a.recent - a.right) || (ka < kb ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k);
}

/**
 * Practice streaks over calendar days (the caller turns timestamps into Asia/Shanghai dates,
 * "YYYY-MM-DD"). `current` counts the consecutive days with practice ending today, or ending
 * yesterday when there is none yet today (a streak is only lost once a whole day passes).
 */
export function practiceStreak(days: readonly string[], today: string): { current: number; longest: number; today: boolean } {
  const set = new Set(days);
  const prev = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`) - 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  let current = 0;
  let d = set.has(today) ? today : prev(today);
  while (set.has(d)) {
    current += 1;
    d = prev(d);
  }
  let longest = 0;
  for (const day of set) {
    if (set.has(prev(day))) continue; // not the first day of a run
    let n = 0;
    let x = day;
    while (set.has(x)) {
      n += 1;
      x = new Date(Date.parse(`${x}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    longest = Math.max(longest, n);
  }
  return { current, longest, today: set.has(today) };
}

export type Suggestion =
  | { kind: "mistakes"; count: number }
  | { kind: "content"; content: string; reason: "weak" | "new"; percent: number | null; points: number };

/**
 * What to practise next, at most `limit` suggestions:
 *   1. the wrong-answer book, when it holds open items;
 *   2. work contents by priority = exam points riding on the content × share still missed,
 *      where the points are the area's theory weight shared equally by its contents that have
 *      practice items, and "missed" is 1 − mastery (1 for a content never practised, which is
 *      then suggested as "new"). Contents at ≥ 90 % mastery are not suggested.
 * Ties go to the order of `contents` (the standard's order).
 */
export function nextToPractise(options: {
  contents: ReadonlyArray<{ key: string; area: AreaCode }>;
  weights: Readonly<Record<AreaCode, number>>;
  byContent: ReadonlyMap<string, Mastery>;
  openMistakes: number;
  limit?: number;
}): Suggestion[] {
  const limit = options.limit ?? 3;
  const out: Suggestion[] = [];
  if (options.openMistakes > 0) out.push({ kind: "mistakes", count: options.openMistakes });
  const perArea = new Map<AreaCode, number>();
  for (const c of options.contents) perArea.set(c.area, (perArea.get(c.area) ?? 0) + 1);
  const ranked = options.contents
    .map((c, index) => {
      const points = (options.weights[c.area] ?? 0) / (perArea.get(c.area) ?? 1);
      const m = options.byContent.get(c.key);
      const known = m !== undefined && m.recent > 0;
      const missed = known ? 1 - m.right / m.recent : 1;
      return { c, index, points, missed, percent: known ? m.percent : null, known };
    })
    .filter((r) => r.points > 0 && (r.percent === null || r.percent < 90))
    .sort((a, b) => b.points * b.missed - a.points * a.missed || a.index - b.index);
  for (const r of ranked) {
    if (out.length >= limit) break;
    out.push({ kind: "content", content: r.c.key, reason: r.known ? "weak" : "new", percent: r.percent, points: Math.round(r.points * 10) / 10 });
  }
  return out;
}
