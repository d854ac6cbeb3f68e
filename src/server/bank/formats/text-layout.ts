// The common Chinese layout of Word question files, also pasted as text: type headings
// (一、单选题), numbered stems (1. / 1、), option lines (A. / A、 / (A), several on one line),
// 答案：, 解析：, and optional 难度：/分值：/知识点代码：/知识点： lines. A question without an
// 答案 line may carry its key in the stem's brackets (（B）). Pure: lines in, items out.
import { MAX_OPTIONS, type ItemType } from "@/exam/types";
import { parseTagCode } from "../item-input";
import { parseLetters, truthOf } from "./answers";
import { buildItem } from "./build-item";
import { typeOfWord, type TypeWord } from "./sheet-columns";
import { emptyOutcome, type ImportFormat, type ParseOutcome } from "./types";

/** One line of the document: its text (image markers included) and what it lost (images not kept). */
export type LayoutLine = { text: string; lost: string[] };

const LETTERS = "ABCDEFGHIJKL";
const QUESTION = /^(\d{1,4})\s*[.．、)）](?!\d)\s*(.*)$/;
const OPTION_START = /^[（(]?\s*([A-L])\s*(?:[.．、:：]|[)）])\s*/;
const LABELLED = /^[【\[]?\s*(答案|正确答案|参考答案|标准答案|解析|答案解析|试题解析|难度|难易程度|分值|分数|知识点代码|知识点|分类|章节|题型)\s*[】\]]?\s*[:：]\s*(.*)$/;
const STEM_KEY = /[（(]\s*([A-Ha-h]{1,8}|√|×|对|错|正确|错误)\s*[）)]/g;
const DIFFICULTY_WORDS: Record<string, number> = { 易: 1, 容易: 1, 简单: 1, 较易: 2, 中: 3, 中等: 3, 一般: 3, 较难: 4, 难: 5, 困难: 5 };

type Draft = {
  number: string;
  line: number;
  section: TypeWord;
  stem: string[];
  options: string[];
  overflow: boolean;
  answer: string | null;
  explanation: string[];
  meta: Record<string, string>;
  lost: string[];
  field: "stem" | "option" | "explanation" | "done";
};

/** A heading line naming a question type (一、单项选择题（每题 1 分）, 【多选题】, 第二部分 判断题). */
function headingType(text: string): TypeWord {
  const s = text
    .replace(/^第[一二三四五六七八九十\d]+部分\s*/, "")
    .replace(/^[一二三四五六七八九十]+\s*[、.．]\s*/, "")
    .replace(/^[【\[]|[】\]]$/g, "")
    .trim();
  if (s.length > 30) return null;
  return typeOfWord(s);
}

/** Splits "A. 甲  B. 乙  C. 丙" into options, only at the next letter in sequence. */
function splitOptions(text: string): Array<{ index: number; text: string }> | null {
  const first = OPTION_START.exec(text);
  if (!first) return null;
  const parts: Array<{ index: number; text: string }> = [];
  let index = LETTERS.indexOf(first[1]!);
  let rest = text.slice(first[0].length);
  for (;;) {
    const next = LETTERS[index + 1];
    const m = next ? new RegExp(`\\s+[（(]?${next}\\s*(?:[.．、:：]|[)）])\\s*`).exec(rest) : null;
    if (!m) {
      parts.push({ index, text: rest.trim() });
      return parts;
    }
    parts.push({ index, text: rest.slice(0, m.index).trim() });
    rest = rest.slice(m.index + m[0].length);
    index += 1;
  }
}

/**
 * Parses lines in the Chinese question layout. `unit` names a line in messages ("段" for Word
 * paragraphs, "行" for pasted text).
 */
export function parseTextLayout(lines: LayoutLine[], options: { format: ImportFormat; unit: "段" | "行" }): ParseOutcome {
  const out = emptyOutcome(options.format);
  out.mapping.push(
    { from: "标题行（如 一、单选题、二、多选题、三、判断题）", to: "题型" },
    { from: "题号行（1. 或 1、）", to: "题干" },
    { from: "A. / A、 / (A) 开头的行（一行可有多个选项）", to: "选项A–H" },
    { from: "“答案：”行，或题干括号中的答案（如 （B））", to: "正确答案" },
    { from: "“解析：”行", to: "解析" },
    { from: "“难度：”“分值：”“知识点代码：”“知识点：”行", to: "难度、分值、知识点代码、分类" },
  );
  let section: TypeWord = null;
  let current: Draft | null = null;
  const preamble: string[] = [];
  const finish = () => {
    if (current) finishQuestion(current, out, options.unit);
    current = null;
  };
  lines.forEach((l, i) => {
    const lineNo = i + 1;
    const text = l.text.replace(/\u3000/g, " ").trim();
    if (!text && l.lost.length === 0) return;
    const heading = !QUESTION.test(text) && !OPTION_START.test(text) ? headingType(text) : null;
    if (heading) {
      finish();
      section = heading;
      return;
    }
    const q = QUESTION.exec(text);
    if (q) {
      finish();
      current = { number: q[1]!, line: lineNo, section, stem: [q[2]!], options: [], overflow: false, answer: null, explanation: [], meta: {}, lost: [...l.lost], field: "stem" };
      return;
    }
    if (!current) {
      if (text) preamble.push(`第 ${lineNo} ${options.unit}“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`);
      return;
    }
    const c: Draft = current;
    c.lost.push(...l.lost);
    const labelled = LABELLED.exec(text);
    if (labelled) {
      const [, label, value] = labelled as unknown as [string, string, string];
      if (/答案$/.test(label) && label !== "答案解析") {
        c.answer = value.trim();
        c.field = "done";
      } else if (/解析$/.test(label)) {
        c.explanation.push(value.trim());
        c.field = "explanation";
      } else {
        c.meta[label] = value.trim();
        c.field = "done";
      }
      return;
    }
    const opts = c.field === "stem" || c.field === "option" ? splitOptions(text) : null;
    if (opts && (c.options.length > 0 ? opts[0]!.index === c.options.length : opts[0]!.index === 0)) {
      for (const o of opts) {
        if (o.index >= MAX_OPTIONS) c.overflow = true;
        c.options[o.index] = o.text;
      }
      c.field = "option";
      return;
    }
    if (c.field === "stem") c.stem.push(text);
    else if (c.field === "option") c.options[c.options.length - 1] = `${c.options[c.options.length - 1]}\n${text}`;
    else if (c.field === "explanation") c.explanation.push(text);
    else out.notices.push(`第 ${c.number} 题之后的文字未读取（第 ${lineNo} ${options.unit}）：“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`);
  });
  finish();
  if (preamble.length > 0) out.notices.push(`第一题之前的文字不是题目，未读取：${preamble.join("、")}`);
  return out;
}

function finishQuestion(c: Draft, out: ParseOutcome, unit: string) {
  const at = `第 ${c.number} 题（第 ${c.line} ${unit}）`;
  const refuse = (message: string) => out.problems.push({ at, order: c.line, message: `${at}：${message}` });
  if (c.section && "unsupported" in c.section) {
    out.skipped.push({ at, order: c.line, message: `${at}：${c.section.unsupported}不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入` });
    return;
  }
  let stem = c.stem.join("\n").trim();
  let answer = c.answer;
  let via = "";
  if (answer === null) {
    const found = [...stem.matchAll(STEM_KEY)];
    if (found.length === 1) {
      answer = found[0]![1]!;
      stem = stem.replace(found[0]![0], "（  ）");
      via = "（答案取自题干括号）";
    } else if (found.length > 1) return refuse("没有“答案：”行，题干中有多个括号，无法确定哪个是答案");
    else return refuse("没有找到答案（需要“答案：”行，或题干括号中的答案如 （B））");
  }
  if (c.overflow) return refuse(`有 ${c.options.length} 个选项，最多支持 ${MAX_OPTIONS} 个（A–H）`);
  const gaps = [...Array(c.options.length).keys()].filter((i) => c.options[i] === undefined);
  if (gaps.length > 0) return refuse(`缺少选项 ${gaps.map((g) => LETTERS[g]).join("、")}`);
  const typeWord = c.meta["题型"] ? typeOfWord(c.meta["题型"]) : c.section;
  if (typeWord && "unsupported" in typeWord) {
    out.skipped.push({ at, order: c.line, message: `${at}：${typeWord.unsupported}不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入` });
    return;
  }
  let type: ItemType;
  if (typeWord) type = typeWord.type;
  else {
    // No heading: the type follows from the key, which only one type can hold.
    const letters = parseLetters(answer);
    if (c.options.length === 0 && truthOf(answer) !== null) type = "true-false";
    else if (letters && c.options.length > 0) type = letters.length === 1 ? "single" : "multiple";
    else return refuse("没有题型标题（如 一、单选题），也无法从选项和答案判断题型");
  }
  const tag = parseTagCode(c.meta["知识点代码"] ?? "");
  if (!tag.ok) return refuse(`「知识点代码」${tag.message}`);
  let difficulty: number | undefined;
  const d = c.meta["难度"] ?? c.meta["难易程度"];
  if (d) {
    difficulty = DIFFICULTY_WORDS[d] ?? Number(d);
    if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 5) return refuse(`「难度」应为 1–5 的整数或 易/较易/中/较难/难，而不是“${d}”`);
  }
  let points: number | null = null;
  const p = (c.meta["分值"] ?? c.meta["分数"])?.replace(/分$/, "");
  if (p) {
    points = Number(p);
    if (!Number.isFinite(points) || points < 0 || points > 100) return refuse(`「分值」应为 0–100 的数，而不是“${p}”`);
  }
  const built = buildItem({
    type,
    stem,
    options: c.options.map((o) => o.trim()),
    key: { written: answer },
    explanation: c.explanation.join("\n").trim(),
    tag: tag.tag,
    difficulty,
    points,
    labels: [c.meta["知识点"], c.meta["分类"], c.meta["章节"]].flatMap((s) => (s ? s.split(/[,，、;；]/) : [])).map((s) => s.trim()).filter(Boolean),
    status: c.lost.length > 0 ? "draft" : undefined,
  });
  if (!built.ok) return refuse(built.problems.map((x) => `「${x.field}」${x.message}${x.field === "正确答案" ? via : ""}`).join("；"));
  out.items.push({ at, order: c.line, input: built.input });
  if (c.lost.length > 0) out.lost.push({ at, order: c.line, message: `${at}：未保留 ${[...new Set(c.lost)].join("、")}；已作为草稿导入，请核对后再启用` });
}
