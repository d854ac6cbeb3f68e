// Objective (theory) scoring: one response of an item, a whole attempt, and the dry-run diff of
// a regrade. All points are integers in hundredths of a point (100 points = 10000).
import { z } from "zod";
import type { ItemType, OptionKey } from "../exam";
import type { AreaCode } from "../standard";
import { assertInteger } from "./arith";
import { isPass } from "./results";

/**
 * How multiple-choice items are scored (chosen per blueprint / exam session; true/false and
 * single-choice items are always all-or-nothing):
 * - "all-or-nothing" (default): exactly the keyed options = full points, anything else 0;
 * - "partial": exactly the keyed options = full points; a non-empty proper subset of the keyed
 *   options (no wrong option) = half the points, rounded down to the hundredth; any wrong
 *   option, or no option, = 0.
 */
export const MultipleRuleSchema = z.enum(["all-or-nothing", "partial"]);
export type MultipleRule = z.infer<typeof MultipleRuleSchema>;
export const DEFAULT_MULTIPLE_RULE: MultipleRule = "all-or-nothing";

export interface ScoreObjectiveInput {
  type: ItemType;
  /** The item's answer, ORIGINAL option keys (never the per-candidate display letters). */
  key: readonly OptionKey[];
  /** The candidate's choice, ORIGINAL option keys; empty when unanswered. Order and repeats are ignored. */
  response: readonly OptionKey[];
  /** The item's points, hundredths. */
  points: number;
  /** Multiple-choice rule; ignored for true/false and single. Default "all-or-nothing". */
  rule?: MultipleRule;
}

/** Whether the response is exactly the key (as sets). */
export function isExactResponse(key: readonly OptionKey[], response: readonly OptionKey[]): boolean {
  const k = new Set(key);
  const r = new Set(response);
  return k.size === r.size && [...r].every((o) => k.has(o));
}

/** Awarded points (hundredths) for one response. Throws on an invalid key or points. */
export function scoreObjective({ type, key, response, points, rule = DEFAULT_MULTIPLE_RULE }: ScoreObjectiveInput): number {
  assertInteger(points, "题目分值", { nonNegative: true });
  const k = new Set(key);
  if (k.size === 0) throw new RangeError("题目没有标准答案");
  if (type !== "multiple" && k.size !== 1) throw new RangeError(`${type === "single" ? "单选题" : "判断题"}的标准答案须恰为一个选项`);
  if (isExactResponse(key, response)) return points;
  if (type !== "multiple" || rule !== "partial") return 0;
  const r = new Set(response);
  if (r.size === 0) return 0;
  for (const o of r) if (!k.has(o)) return 0;
  // A non-empty proper subset of the key, no wrong option.
  return Math.floor(points / 2);
}

/** What scoring needs of a paper item (src/exam PaperItem fits). */
export interface TheoryPaperItem {
  versionId: string;
  type: ItemType;
  area: AreaCode;
  /** Hundredths. */
  points: number;
}

export interface ScoreTheoryAttemptInput {
  paperItems: readonly TheoryPaperItem[];
  /** Answer key per item version (original keys). Every paper item must have one. */
  keys: ReadonlyMap<string, readonly OptionKey[]>;
  /** The candidate's responses (original keys); a missing entry is an unanswered item. */
  responses: ReadonlyMap<string, readonly OptionKey[]>;
  multipleRule?: MultipleRule;
}

export interface AreaScore {
  /** Awarded, hundredths. */
  points: number;
  /** Available, hundredths. */
  max: number;
}

export interface ItemScore {
  versionId: string;
  /** Hundredths. */
  awarded: number;
  /** Hundredths. */
  max: number;
  /** The response is exactly the key (half credit under the partial rule is not correct). */
  correct: boolean;
}

export interface TheoryAttemptScore {
  /** Hundredths. */
  total: number;
  /** Sum of the items' points, hundredths (10000 for an assembled paper). */
  max: number;
  /** Only the areas that have items on the paper. */
  byArea: Partial<Record<AreaCode, AreaScore>>;
  /** In paper order. */
  perItem: ItemScore[];
  /** total ≥ pass mark (6000), on the exact hundredths. */
  passed: boolean;
}

/** Scores a whole theory attempt. Throws if an item has no key or appears twice. */
export function scoreTheoryAttempt({
  paperItems,
  keys,
  responses,
  multipleRule = DEFAULT_MULTIPLE_RULE,
}: ScoreTheoryAttemptInput): TheoryAttemptScore {
  const seen = new Set<string>();
  const byArea: Partial<Record<AreaCode, AreaScore>> = {};
  const perItem: ItemScore[] = [];
  let total = 0;
  let max = 0;
  for (const item of paperItems) {
    if (seen.has(item.versionId)) throw new RangeError(`试卷中题目 ${item.versionId} 重复`);
    seen.add(item.versionId);
    const key = keys.get(item.versionId);
    if (!key) throw new RangeError(`题目 ${item.versionId} 没有标准答案`);
    const response = responses.get(item.versionId) ?? [];
    const awarded = scoreObjective({ type: item.type, key, response, points: item.points, rule: multipleRule });
    perItem.push({ versionId: item.versionId, awarded, max: item.points, correct: isExactResponse(key, response) });
    const a = (byArea[item.area] ??= { points: 0, max: 0 });
    a.points += awarded;
    a.max += item.points;
    total += awarded;
    max += item.points;
  }
  return { total, max, byArea, perItem, passed: isPass(total) };
}

export interface CandidateTotal {
  candidateId: string;
  /** Hundredths. */
  total: number;
}

export interface RegradeChange {
  candidateId: string;
  before: number;
  after: number;
  /** after − before, hundredths. */
  delta: number;
  passBefore: boolean;
  passAfter: boolean;
}

/**
 * Dry run of a regrade (e.g. after a key correction): the candidates whose total changes, by
 * |delta| descending, then candidateId. Unchanged candidates are left out. Throws when the two
 * sides do not list the same candidates exactly once.
 */
export function regradeDiff({ before, after }: { before: readonly CandidateTotal[]; after: readonly CandidateTotal[] }): RegradeChange[] {
  const index = (rows: readonly CandidateTotal[], side: string) => {
    const m = new Map<string, number>();
    for (const r of rows) {
      if (m.has(r.candidateId)) throw new RangeError(`${side}中考生 ${r.candidateId} 重复`);
      assertInteger(r.total, `考生 ${r.candidateId} 的成绩`, { nonNegative: true });
      m.set(r.candidateId, r.total);
    }
    return m;
  };
  const b = index(before, "重评前");
  const a = index(after, "重评后");
  const missing = [...b.keys()].filter((id) => !a.has(id)).concat([...a.keys()].filter((id) => !b.has(id)));
  if (missing.length) throw new RangeError(`重评前后考生不一致：${missing.join("、")}`);
  const changes: RegradeChange[] = [];
  for (const [candidateId, was] of b) {
    const now = a.get(candidateId) as number;
    if (now === was) continue;
    changes.push({ candidateId, before: was, after: now, delta: now - was, passBefore: isPass(was), passAfter: isPass(now) });
  }
  return changes.sort(
    (x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.candidateId < y.candidateId ? -1 : x.candidateId > y.candidateId ? 1 : 0),
  );
}
