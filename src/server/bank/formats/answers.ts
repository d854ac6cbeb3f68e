// Reading answer keys the way real banks write them, without guessing: option letters
// (A, A,C, ACD, A、C), true/false words, and a true/false key mapped through its options' texts.
import { OptionKeySchema, type OptionKey } from "@/exam/types";

const TRUE_WORDS = new Set(["对", "正确", "√", "✓", "✔", "T", "TRUE", "是", "Y", "YES", "R", "RIGHT", "CORRECT"]);
const FALSE_WORDS = new Set(["错", "错误", "×", "✗", "✘", "X", "F", "FALSE", "否", "N", "NO", "WRONG", "INCORRECT"]);

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s。.．!！]+/g, "");

/** "true" / "false" for a true/false word (对 错 正确 错误 √ × T F TRUE FALSE 是 否 Yes No …), else null. */
export function truthOf(text: string): boolean | null {
  const s = norm(text);
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

/** Option letters of an answer cell: "A", "A,C", "ACD", "a、c", "A C". Null if anything else is in it. */
export function parseLetters(raw: string): OptionKey[] | null {
  const s = raw.normalize("NFKC").toUpperCase().replace(/[\s,，、;；/|]+/g, "");
  if (!/^[A-Z]+$/.test(s)) return null;
  const keys = [...new Set(s.split(""))].sort();
  if (keys.some((k) => !(OptionKeySchema.options as readonly string[]).includes(k))) return null;
  return keys as OptionKey[];
}

export type TrueFalseKey = { ok: true; answer: "A" | "B"; via: string } | { ok: false; message: string };

/**
 * The key of a true/false item, stored as A (对) or B (错). `answer` is the key as written; `options`
 * the item's own option texts when the file gives them (e.g. A 错误, B 正确). A letter is mapped
 * through its option's text; a letter without option texts, or option texts that are not
 * true/false words, is refused: a key is never guessed.
 */
export function trueFalseKey(answer: string, options: ReadonlyArray<{ key: string; text: string }>): TrueFalseKey {
  const raw = answer.trim();
  if (!raw) return { ok: false, message: "必填" };
  const single = raw.normalize("NFKC").toUpperCase();
  const option = options.find((o) => o.key === single);
  if (option) {
    const truths = options.map((o) => truthOf(o.text));
    if (options.length !== 2 || truths.some((t) => t === null) || truths[0] === truths[1]) {
      return { ok: false, message: `判断题的选项（${options.map((o) => `${o.key} ${o.text}`).join("、")}）无法确定哪个是“对”、哪个是“错”` };
    }
    return { ok: true, answer: truthOf(option.text) ? "A" : "B", via: `${single}（${option.text}）` };
  }
  const direct = truthOf(raw);
  if (direct !== null) return { ok: true, answer: direct ? "A" : "B", via: raw };
  if (/^[A-H]$/.test(single)) {
    return options.length > 0
      ? { ok: false, message: `答案 ${single} 不在选项中` }
      : { ok: false, message: `判断题答案为字母 ${single}，但没有给出选项文字，无法确定 ${single} 表示“对”还是“错”；请填写 对 或 错` };
  }
  return { ok: false, message: `判断题答案应为 对 或 错（也可写 正确/错误、√/×、是/否、T/F），而不是“${raw}”` };
}
