// 示例题目 (SAMPLE CONTENT): helpers that build the demo item bank and demo skill tasks.
// The demo banks are original sample content written for this project — not taken from any
// real examination. Every item and task carries `sample: true`.
import { findItem, LEVEL_CODES, TRACK_CODES, type DutyCode, type LevelCode, type TrackCode } from "@/standard";
import { OptionKeySchema, type ItemTag, type ItemVersion, type OptionKey, type TaskVersion } from "@/exam/types";

/** A demo theory item (status is implicitly "active"). `key` is a stable unique id, e.g. "L5-2.3.4-01". */
export type DemoItem = Omit<ItemVersion, "itemId" | "versionId" | "version" | "status"> & {
  key: string;
  /** Always true: 示例题目, sample content. */
  sample: true;
};

/** A demo skill task (实操试题, status implicitly "active"). */
export type DemoTask = Omit<TaskVersion, "taskId" | "versionId" | "version" | "status"> & {
  key: string;
  /** Always true: 示例题目, sample content. */
  sample: true;
};

const TRUE_FALSE_OPTIONS: DemoItem["options"] = [
  { key: "A", text: "对" },
  { key: "B", text: "错" },
];

type Four = readonly [string, string, string, string];
type SingleKey = "A" | "B" | "C" | "D";

function parseAnswer(answer: string): OptionKey[] {
  return answer.split("").map((k) => OptionKeySchema.parse(k));
}

function toOptions(texts: readonly string[]): DemoItem["options"] {
  return texts.map((text, i) => ({ key: OptionKeySchema.parse("ABCDEF"[i]), text }));
}

/** FNV-1a hash of a string (stable seed for the option order). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The leading number of an option ("1 500 元" -> 1500), or undefined. */
function leadingNumber(text: string): number | undefined {
  const m = /^\d[\d\s.,]*/.exec(text);
  return m ? Number.parseFloat(m[0].replace(/[\s,]/g, "")) : undefined;
}

/**
 * Display order of options: numeric options (amounts, rates, dates) ascending; options written
 * as a scale in Chinese numerals (一年/二年/三年) as written; all others a permutation seeded by
 * the stem, so answer keys spread over A–F and stay stable while the stem is unchanged.
 */
function displayOrder(stem: string, texts: readonly string[]): number[] {
  const order = texts.map((_, i) => i);
  const numbers = texts.map(leadingNumber);
  if (numbers.every((n) => n !== undefined && !Number.isNaN(n)))
    return order.sort((a, b) => (numbers[a] as number) - (numbers[b] as number));
  if (texts.every((t) => /^[一二三四五六七八九十]/.test(t))) return order;
  let seed = hash(stem) || 1;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
  return order;
}

/** Options are mostly written with the correct answer(s) first; this puts them in display order. */
function arrange(stem: string, texts: readonly string[], answerIdx: number[]): { texts: string[]; answer: OptionKey[] } {
  const order = displayOrder(stem, texts);
  const shown = order.map((i) => texts[i] as string);
  const answer = answerIdx
    .map((idx) => order.indexOf(idx))
    .sort((a, b) => a - b)
    .map((pos) => OptionKeySchema.parse("ABCDEF"[pos]));
  return { texts: shown, answer };
}

function indexOfKey(k: string): number {
  return "ABCDEF".indexOf(k);
}

interface GroupContext {
  keyPrefix: string;
  tag: ItemTag;
  levels: LevelCode[];
  tracks: TrackCode[];
}

/**
 * Items of one tag. Keys are numbered in declaration order within the key prefix
 * (append new items at the end of a group to keep existing keys stable).
 */
export class ItemGroup {
  constructor(
    private readonly out: DemoItem[],
    private readonly counters: Map<string, number>,
    private readonly ctx: GroupContext,
  ) {}

  private push(
    type: DemoItem["type"],
    stem: string,
    options: DemoItem["options"],
    answer: OptionKey[],
    explanation: string,
    difficulty: number,
  ): this {
    const n = (this.counters.get(this.ctx.keyPrefix) ?? 0) + 1;
    this.counters.set(this.ctx.keyPrefix, n);
    this.out.push({
      key: `${this.ctx.keyPrefix}-${String(n).padStart(2, "0")}`,
      sample: true,
      type,
      stem,
      options,
      answer,
      levels: [...this.ctx.levels],
      tracks: [...this.ctx.tracks],
      tag: this.ctx.tag,
      difficulty,
      explanation,
    });
    return this;
  }

  /** True/false item: `correct` true means the statement is right (answer A 对). */
  tf(stem: string, correct: boolean, explanation: string, difficulty = 2): this {
    return this.push("true-false", stem, TRUE_FALSE_OPTIONS, [correct ? "A" : "B"], explanation, difficulty);
  }

  /** Single choice with four options and exactly one answer (as written; the display order is shuffled). */
  sc(stem: string, options: Four, answer: SingleKey, explanation: string, difficulty = 2): this {
    const a = arrange(stem, options, [indexOfKey(answer)]);
    return this.push("single", stem, toOptions(a.texts), a.answer, explanation, difficulty);
  }

  /** Multiple choice: 4–5 options, answer like "ACD" (as written; the display order is shuffled). */
  mc(stem: string, options: readonly string[], answer: string, explanation: string, difficulty = 3): this {
    const a = arrange(stem, options, parseAnswer(answer).map(indexOfKey));
    return this.push("multiple", stem, toOptions(a.texts), a.answer, explanation, difficulty);
  }
}

/** Collects the items of one file. */
export function itemBank() {
  const items: DemoItem[] = [];
  const counters = new Map<string, number>();
  const bothLevels = (): LevelCode[] => ["5", "4"];
  return {
    items,
    /** 2.1 职业道德 (职业守则). */
    ethics: () =>
      new ItemGroup(items, counters, {
        keyPrefix: "ETH-2.1.2",
        tag: { kind: "ethics" },
        levels: bothLevels(),
        tracks: [...TRACK_CODES],
      }),
    /** A basic-knowledge group 2.2.x. */
    basics: (code: string) =>
      new ItemGroup(items, counters, {
        keyPrefix: `BAS-${code}`,
        tag: { kind: "basics", code },
        levels: bothLevels(),
        tracks: [...TRACK_CODES],
      }),
    /** A related-knowledge item (相关知识要求) of a level; tracks default to its work content's. */
    knowledge: (level: LevelCode, code: string, tracks?: TrackCode[]) => {
      const found = findItem(level, "knowledge", code);
      if (!found) throw new Error(`demo bank: no knowledge item ${code} at level ${level}`);
      const use = tracks ?? found.tracks;
      for (const t of use)
        if (!found.tracks.includes(t)) throw new Error(`demo bank: ${level}/${code} is not on track ${t}`);
      return new ItemGroup(items, counters, {
        keyPrefix: `L${level}-${code}`,
        tag: { kind: "knowledge", level, code },
        levels: [level],
        tracks: [...use],
      });
    },
  };
}

export interface TaskInput {
  key: string;
  title: string;
  level: LevelCode;
  tracks: TrackCode[];
  duty: DutyCode;
  skills: string[];
  minutes: number;
  instructions: string;
  /** [file name, description] */
  materials: [string, string][];
  /** [title, points, descriptors] — points add up to the task's points. */
  rubric: [string, number, string][];
}

/** Builds a demo task; points = the sum of the rubric's points. */
export function task(t: TaskInput): DemoTask {
  if (!LEVEL_CODES.includes(t.level)) throw new Error(`demo task ${t.key}: bad level`);
  return {
    key: t.key,
    sample: true,
    title: t.title,
    level: t.level,
    tracks: [...t.tracks],
    duty: t.duty,
    skills: [...t.skills],
    instructions: t.instructions,
    materials: t.materials.map(([name, description]) => ({ name, description })),
    minutes: t.minutes,
    points: t.rubric.reduce((s, [, p]) => s + p, 0),
    rubric: t.rubric.map(([title, points, descriptors], i) => ({ id: `R${i + 1}`, title, points, descriptors })),
  };
}

export const BOTH_TRACKS: TrackCode[] = ["online-merchant", "cross-border"];
export const OM: TrackCode[] = ["online-merchant"];
export const CB: TrackCode[] = ["cross-border"];
