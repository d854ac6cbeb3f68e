// Aiken (Moodle's simplest text format): single-choice questions only — the question text, option
// lines "A. …" or "A) …", and "ANSWER: B". Import and export. Pure.
import type { ItemInput } from "../item-input";
import { buildItem } from "./build-item";
import { emptyOutcome, type ParseOutcome } from "./types";

const OPTION = /^([A-Z])\s*[.)．、]\s*(.*)$/;
const ANSWER = /^ANSWER\s*[:：]\s*(.*)$/i;

/** Parses Aiken text; a question ends with its ANSWER line. One bad question fails only itself. */
export function parseAiken(source: string): ParseOutcome {
  const out = emptyOutcome("aiken");
  out.mapping.push({ from: "选项行之前的文字", to: "题干" }, { from: "A. / A) 开头的行", to: "选项" }, { from: "ANSWER: 行", to: "正确答案（单选）" });
  let stem: string[] = [];
  let options: string[] = [];
  let start = 0;
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    if (stem.length === 0 && options.length === 0) start = i + 1;
    const at = `第 ${start} 行`;
    const answer = ANSWER.exec(text);
    if (answer) {
      const letter = answer[1]!.trim().toUpperCase();
      const refuse = (m: string) => out.problems.push({ at, order: start, message: `${at}：${m}` });
      if (stem.length === 0) refuse("ANSWER 行之前没有题干");
      else if (options.length < 2) refuse("Aiken 题目至少要有 2 个选项");
      else if (!/^[A-Z]$/.test(letter)) refuse(`Aiken 格式只表示单选题，答案应为一个字母，而不是“${answer[1]!.trim()}”`);
      else {
        const built = buildItem({ type: "single", stem: stem.join("\n"), options, key: { written: letter } });
        if (built.ok) out.items.push({ at, order: start, input: built.input });
        else refuse(built.problems.map((p) => `「${p.field}」${p.message}`).join("；"));
      }
      stem = [];
      options = [];
      return;
    }
    const option = OPTION.exec(text);
    if (option && stem.length > 0 && option[1] === String.fromCharCode(65 + options.length)) options.push(option[2]!.trim());
    else if (options.length > 0) options[options.length - 1] = `${options[options.length - 1]}\n${text}`;
    else stem.push(text);
  });
  if (stem.length > 0 || options.length > 0) out.problems.push({ at: `第 ${start} 行`, order: start, message: `第 ${start} 行：题目没有 ANSWER 行` });
  return out;
}

/** Whether an item can be written as Aiken: single choice, stem and options each on one line. */
export function fitsAiken(item: ItemInput): boolean {
  return item.type === "single" && !item.stem.includes("\n") && item.options.every((o) => !o.text.includes("\n"));
}

/** Single-choice items as Aiken; other items cannot be written and are counted in `skipped`. */
export function buildAiken(items: ItemInput[]): { text: string; skipped: number } {
  const out: string[] = [];
  let skipped = 0;
  for (const item of items) {
    if (!fitsAiken(item)) {
      skipped++;
      continue;
    }
    out.push(item.stem, ...item.options.map((o) => `${o.key}. ${o.text}`), `ANSWER: ${item.answer[0]}`, "");
  }
  return { text: out.join("\n"), skipped };
}
