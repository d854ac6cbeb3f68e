// Distractor analysis of a choice item: for each option, how many attempts chose it overall and
// in the upper and lower 27 % groups (the groups of the upper–lower index). Options are whatever
// keys the item has (A–H or more); nothing here assumes a fixed count.
import { extremeGroupSize } from "../statistics";

export interface OptionCount {
  /** Option key (original key, not the candidate's display letter). */
  key: string;
  /** Part of the answer key. */
  keyed: boolean;
  /** Attempts that chose it. */
  chosen: number;
  /** chosen / attempts, 0–1; null when there are no attempts. */
  share: number | null;
  /** Attempts of the upper group that chose it. */
  upper: number;
  /** Attempts of the lower group that chose it. */
  lower: number;
  /** A distractor nobody chose. */
  dead: boolean;
  /** A distractor chosen by more of the upper group than of the lower group. */
  attractsUpper: boolean;
  /** A distractor chosen by more of the upper group than a keyed option is (see below). */
  beatsKey: boolean;
}

export interface DistractorAnalysis {
  /** Attempts analysed and the size of each extreme group (0 when fewer than 2 attempts). */
  n: number;
  groupSize: number;
  /** Attempts that chose no option. */
  omitted: number;
  options: OptionCount[];
  /** Some distractor is dead. */
  deadDistractor: boolean;
  /** Possible wrong key: a distractor outperforms the key in the upper group. */
  possibleWrongKey: boolean;
}

export interface DistractorInput {
  /** Option keys in the item's order. */
  options: readonly string[];
  /** Keyed options (one for single choice and true/false, several for multiple choice). */
  key: readonly string[];
  /** Each attempt's chosen options (original keys), in RANK order (best total first; rankByTotal). */
  responses: ReadonlyArray<readonly string[]>;
}

/**
 * Counts per option overall and in the upper / lower groups (extremeGroupSize of the attempts).
 * Flags: a dead distractor (chosen by nobody); a distractor chosen more by the upper group than
 * by the lower; and a possible wrong key, when a distractor is chosen by more of the upper group
 * than the keyed option (for multiple choice: than the least chosen keyed option). A chosen key
 * that is not one of `options` throws.
 */
export function analyseDistractors({ options, key, responses }: DistractorInput): DistractorAnalysis {
  const index = new Map(options.map((k, i) => [k, i]));
  if (index.size !== options.length) throw new RangeError("选项键重复");
  if (key.length === 0) throw new RangeError("题目没有标准答案");
  for (const k of key) if (!index.has(k)) throw new RangeError(`答案 ${k} 不在选项中`);
  const n = responses.length;
  const g = n >= 2 ? extremeGroupSize(n) : 0;
  const chosen = new Array<number>(options.length).fill(0);
  const upper = new Array<number>(options.length).fill(0);
  const lower = new Array<number>(options.length).fill(0);
  let omitted = 0;
  responses.forEach((r, pos) => {
    const picked = new Set(r);
    if (picked.size === 0) omitted++;
    for (const k of picked) {
      const i = index.get(k);
      if (i === undefined) throw new RangeError(`作答选项 ${k} 不在选项中`);
      chosen[i]!++;
      if (pos < g) upper[i]!++;
      if (pos >= n - g) lower[i]!++;
    }
  });
  const keyed = new Set(key);
  const keyUpper = Math.min(...options.flatMap((k, i) => (keyed.has(k) ? [upper[i]!] : [])));
  const counts = options.map((k, i): OptionCount => {
    const isKey = keyed.has(k);
    return {
      key: k,
      keyed: isKey,
      chosen: chosen[i]!,
      share: n ? chosen[i]! / n : null,
      upper: upper[i]!,
      lower: lower[i]!,
      dead: !isKey && n > 0 && chosen[i] === 0,
      attractsUpper: !isKey && upper[i]! > lower[i]!,
      beatsKey: !isKey && g > 0 && upper[i]! > keyUpper,
    };
  });
  return {
    n,
    groupSize: g,
    omitted,
    options: counts,
    deadDistractor: counts.some((o) => o.dead),
    possibleWrongKey: counts.some((o) => o.beatsKey),
  };
}
