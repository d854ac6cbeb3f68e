// One question as a file gives it (type, stem, option texts, the key as written or as the
// correctness of each option) → a validated ItemInput, or the problems, each naming its field.
// Shared by every item importer so that the same question is read the same way in every format.
import { MAX_OPTIONS, OptionKeySchema, type ItemStatus, type ItemTag, type ItemType, type OptionKey } from "@/exam/types";
import type { LevelCode, TrackCode } from "@/standard";
import { checkItem, defaultScope, ItemInputSchema, TRUE_FALSE_OPTIONS, type ItemInput } from "../item-input";
import { parseLetters, trueFalseKey } from "./answers";

export type WrittenKey = { written: string } | { correct: boolean[] } | { truth: boolean };

export type QuestionDraft = {
  type: ItemType;
  stem: string;
  /** Option texts in order (A, B, …). A true/false item may carry its own two options (e.g. 错误, 正确). */
  options: string[];
  key: WrittenKey;
  explanation?: string;
  tag?: ItemTag | null;
  levels?: LevelCode[];
  tracks?: TrackCode[];
  difficulty?: number;
  points?: number | null;
  labels?: string[];
  status?: ItemStatus;
};

export type FieldProblem = { field: string; message: string };

const KEYS = OptionKeySchema.options;

/** The option keys of a single/multiple item from the key as written: letters, or one option's exact text. */
function choiceKey(written: string, options: string[]): OptionKey[] | FieldProblem {
  const letters = parseLetters(written);
  if (letters) {
    const outside = letters.filter((k) => KEYS.indexOf(k) >= options.length);
    if (outside.length > 0) return { field: "正确答案", message: `答案 ${outside.join("、")} 不在选项中（共 ${options.length} 个选项）` };
    return letters;
  }
  const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  const matches = options.map((o, i) => (norm(o) === norm(written) ? i : -1)).filter((i) => i >= 0);
  if (matches.length === 1) return [KEYS[matches[0]!]!];
  return { field: "正确答案", message: `无法识别“${written}”，应为选项字母，如 A 或 A,C` };
}

/**
 * Validates a question into an ItemInput. Never guesses a key: a true/false key is mapped through
 * its option texts only when they are unambiguous; a choice key must name existing options.
 * Options beyond H are refused, naming the count. Problems name the field in Chinese.
 */
export function buildItem(d: QuestionDraft): { ok: true; input: ItemInput } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!d.stem.trim()) problems.push({ field: "题干", message: "必填" });
  let options: Array<{ key: OptionKey; text: string }> = [];
  let answer: OptionKey[] = [];
  if (d.type === "true-false") {
    options = TRUE_FALSE_OPTIONS.map((o) => ({ ...o }));
    const own = d.options.map((text, i) => ({ key: KEYS[i] ?? "?", text }));
    if ("truth" in d.key) answer = [d.key.truth ? "A" : "B"];
    else if ("written" in d.key) {
      const r = trueFalseKey(d.key.written, own);
      if (r.ok) answer = [r.answer];
      else problems.push({ field: "正确答案", message: r.message });
    } else problems.push({ field: "正确答案", message: "判断题的答案应为 对 或 错" });
  } else {
    if (d.options.length > MAX_OPTIONS) {
      problems.push({ field: "选项", message: `有 ${d.options.length} 个选项，最多支持 ${MAX_OPTIONS} 个（A–H）` });
    } else {
      options = d.options.map((text, i) => ({ key: KEYS[i]!, text }));
      d.options.forEach((text, i) => {
        if (!text.trim()) problems.push({ field: `选项${KEYS[i]}`, message: "选项不能为空（选项之间不能有空缺）" });
      });
      if ("written" in d.key) {
        if (!d.key.written.trim()) problems.push({ field: "正确答案", message: "必填" });
        else {
          const k = choiceKey(d.key.written, d.options);
          if (Array.isArray(k)) answer = k;
          else problems.push(k);
        }
      } else if ("correct" in d.key) answer = d.key.correct.flatMap((c, i) => (c ? [KEYS[i]!] : []));
    }
    if (problems.length === 0 && d.type === "single" && answer.length !== 1) {
      problems.push({ field: "正确答案", message: answer.length === 0 ? "没有正确答案" : `单选题只能有一个正确答案，而不是 ${answer.length} 个（${answer.join("、")}）` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const tag = d.tag ?? null;
  const scope = defaultScope(tag);
  const parsed = ItemInputSchema.safeParse({
    type: d.type,
    stem: d.stem,
    options,
    answer,
    levels: d.levels?.length ? d.levels : scope.levels,
    tracks: d.tracks?.length ? d.tracks : scope.tracks,
    tag,
    difficulty: d.difficulty ?? 3,
    explanation: d.explanation ?? "",
    points: d.points ?? null,
    labels: d.labels ?? [],
    status: d.status ?? (tag ? "active" : "draft"),
  });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ field: FIELD_NAMES[String(i.path[0])] ?? "题目", message: i.message })) };
  }
  const checked = checkItem(parsed.data);
  if (checked.length > 0) return { ok: false, problems: checked };
  return { ok: true, input: parsed.data };
}

const FIELD_NAMES: Record<string, string> = {
  stem: "题干",
  options: "选项",
  answer: "正确答案",
  levels: "级别",
  tracks: "工种",
  difficulty: "难度",
  explanation: "解析",
  points: "分值",
  labels: "分类",
  status: "状态",
};
