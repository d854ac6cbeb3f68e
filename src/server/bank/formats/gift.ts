// GIFT (Moodle's text format), import and export, written from Moodle's format documentation and
// its import rules (question blocks separated by blank lines; // comments; ::title::; [format];
// {=right ~wrong}, weights ~%50%, {T}/{F}, #feedback, ####general feedback; \ escapes ~ = # { } :
// and \n). The gift-pegjs package was not adopted: it folds line breaks into spaces in the default
// format (Moodle keeps them) and has no per-question line numbers. Pure.
import type { ItemInput } from "../item-input";
import { buildItem, type QuestionDraft } from "./build-item";
import { htmlToText, looksLikeHtml, plainToText, type ImageResolver, type TextResult } from "./html-text";
import { metadataTags, readMetadataTags } from "./metadata-tags";
import { emptyOutcome, type ParseOutcome } from "./types";

const ESCAPES: Record<string, string> = { "\\": "\uE000", ":": "\uE001", "#": "\uE002", "=": "\uE003", "{": "\uE004", "}": "\uE005", "~": "\uE006", n: "\uE007" };
const UNESCAPE: Record<string, string> = { "\uE000": "\\", "\uE001": ":", "\uE002": "#", "\uE003": "=", "\uE004": "{", "\uE005": "}", "\uE006": "~", "\uE007": "\n" };
const escapePre = (s: string) => s.replace(/\\([\\:#={}~n])/g, (_, c: string) => ESCAPES[c]!);
const unescape = (s: string) => s.replace(/[\uE000-\uE007]/g, (c) => UNESCAPE[c]!);

type Format = "moodle" | "html" | "plain" | "markdown";
const noImages: ImageResolver = (src) => ({ lost: src.startsWith("@@PLUGINFILE@@") ? `图片 ${src.slice(15)}（GIFT 文件不能携带图片）` : `外部图片 ${src}（不会从网络下载）` });

function withFormat(raw: string, fallback: Format): { text: string; format: Format } {
  const m = /^\s*\[(html|moodle|plain|markdown)\]/.exec(raw);
  return m ? { text: raw.slice(m[0].length), format: m[1] as Format } : { text: raw, format: fallback };
}

function toText(raw: string, format: Format): TextResult {
  const text = unescape(raw).trim();
  if (format === "html" || (format === "moodle" && looksLikeHtml(text))) return htmlToText(text, noImages);
  return plainToText(text, noImages, format === "markdown");
}

const SKIPPED: Record<string, string> = {
  essay: "论述题（GIFT { }）需要人工评分，不属于客观题",
  numerical: "数值题（GIFT {#…}）不是本平台支持的题型",
  match: "匹配题（GIFT {=… -> …}）不是本平台支持的题型",
  shortanswer: "简答/填空题（GIFT {=… =…}）不是本平台支持的题型",
  description: "说明文字（没有答案部分）不是题目",
};

/** Parses GIFT text. Every question block is read on its own: one bad question fails only itself. */
export function parseGift(source: string): ParseOutcome {
  const out = emptyOutcome("gift");
  out.mapping.push(
    { from: "::标题::", to: "题目名称（仅用于定位）" },
    { from: "{ } 之外的文字", to: "题干（按 [html]/[plain]/[markdown] 格式）" },
    { from: "=正确 ~错误、~%50%部分得分", to: "选项与正确答案" },
    { from: "{T}/{F}", to: "判断题答案" },
    { from: "####", to: "解析" },
    { from: "$CATEGORY:", to: "分类" },
  );
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let category: string[] = [];
  let block: Array<{ text: string; line: number }> = [];
  const flush = () => {
    if (block.length > 0) readBlock(block, out, category, (c) => (category = c));
    block = [];
  };
  lines.forEach((text, i) => {
    if (text.trim() === "") flush();
    else block.push({ text, line: i + 1 });
  });
  flush();
  return out;
}

function readBlock(block: Array<{ text: string; line: number }>, out: ParseOutcome, category: string[], setCategory: (c: string[]) => void) {
  const tags = block.filter((l) => l.text.trim().startsWith("//")).flatMap((l) => [...l.text.matchAll(/\[tag:([^\]]+)\]/g)].map((m) => m[1]!.trim()));
  const body = block.filter((l) => !l.text.trim().startsWith("//"));
  if (body.length === 0) return;
  const line = body[0]!.line;
  let text = escapePre(body.map((l) => l.text).join("\n").trim());
  const category$ = /^\$CATEGORY:\s*(.*)$/s.exec(text);
  if (category$) {
    const path = unescape(category$[1]!).trim().replace(/^\$(course|system|module|cat\d*)\$\/?/, "").replace(/^top\/?/, "");
    setCategory(path ? [path] : []);
    return;
  }
  let name = "";
  if (text.startsWith("::")) {
    const end = text.indexOf("::", 2);
    if (end >= 0) {
      name = unescape(text.slice(2, end)).trim();
      text = text.slice(end + 2).trim();
    }
  }
  const at = `第 ${line} 行${name ? `（题目“${name}”）` : ""}`;
  const refuse = (message: string) => out.problems.push({ at, order: line, message: `${at}：${message}` });
  const skip = (kind: string) => out.skipped.push({ at, order: line, message: `${at}：${SKIPPED[kind]}，未导入` });

  const open = text.indexOf("{");
  const close = text.indexOf("}");
  if (open < 0 && close < 0) return skip("description");
  if (open < 0 || close < 0 || close < open) return refuse("答案部分的括号 { } 不成对（文字中的 { } 须写作 \\{ \\}）");
  if (text.indexOf("{", open + 1) >= 0 && text.indexOf("{", open + 1) < close) return refuse("答案部分的括号 { } 不成对");
  let answerText = text.slice(open + 1, close).trim();
  const questionRaw = text.endsWith("}") ? text.slice(0, open) : `${text.slice(0, open)}_____${text.slice(close + 1)}`;
  let general = "";
  const gf = answerText.lastIndexOf("####");
  if (gf >= 0) {
    general = answerText.slice(gf + 4);
    answerText = answerText.slice(0, gf).trim();
  }
  const q = withFormat(questionRaw, "moodle");
  const lost: string[] = [];
  const read = (raw: string, format: Format) => {
    const r = toText(raw, format);
    lost.push(...r.lost);
    return r.text;
  };

  let kind: string;
  if (answerText === "") kind = "essay";
  else if (answerText.startsWith("#")) kind = "numerical";
  else if (answerText.includes("~")) kind = "multichoice";
  else if (answerText.includes("=") && answerText.includes("->")) kind = "match";
  else if (/^(T|TRUE|F|FALSE)$/.test(answerText.split("#")[0]!.trim())) kind = "truefalse";
  else kind = "shortanswer";
  if (kind !== "multichoice" && kind !== "truefalse") return skip(kind);

  const metadata = readMetadataTags(tags, category);
  if (!metadata.ok) return refuse(metadata.message);
  const common: Omit<QuestionDraft, "type" | "options" | "key"> = {
    stem: read(q.text, q.format),
    explanation: general ? read(withFormat(general, q.format).text, withFormat(general, q.format).format) : "",
    ...metadata.meta,
  };
  let draft: QuestionDraft;
  if (kind === "truefalse") {
    draft = { ...common, type: "true-false", options: [], key: { truth: /^T/.test(answerText.trim()) } };
  } else {
    const single = answerText.includes("=");
    const answers = answerText
      .replace(/=/g, "~=")
      .split("~")
      .map((a) => a.trim())
      .filter((a, i) => i > 0 || a !== "");
    const parsed: Array<{ weight: number; text: string }> = [];
    for (const a of answers) {
      let weight = 0;
      let rest = a;
      if (rest.startsWith("=")) {
        weight = 100;
        rest = rest.slice(1).trim();
      } else {
        const w = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
        if (w) {
          weight = Number(w[1]);
          rest = rest.slice(w[0].length);
        }
      }
      const hash = rest.indexOf("#"); // an unescaped # starts the option's feedback
      const f = withFormat(hash >= 0 ? rest.slice(0, hash) : rest, q.format);
      parsed.push({ weight, text: read(f.text, f.format) });
    }
    if (parsed.length < 2) return refuse("选择题至少要有 2 个选项");
    if (single) {
      const partial = parsed.filter((p) => p.weight > 0 && p.weight !== 100);
      if (partial.length > 0) return refuse(`单选题的选项 ${partial.map((p) => `“${p.text}”（${p.weight}%）`).join("、")} 为部分得分：本平台单选题只有一个正确答案、不设部分得分`);
      const fulls = parsed.filter((p) => p.weight === 100);
      if (fulls.length !== 1) return refuse(`单选题（用 = 标记正确答案）有 ${fulls.length} 个正确答案；多个正确答案请用 ~%50% 这样的得分写成多选题`);
      if (parsed.some((p) => p.weight < 0)) out.notices.push(`${at}：错误选项的扣分未保留，本平台答错得 0 分`);
    } else {
      const sum = parsed.filter((p) => p.weight > 0).reduce((s, p) => s + p.weight, 0);
      if (Math.abs(sum - 100) > 0.5) return refuse(`多选题得分为正的选项合计为 ${Number(sum.toFixed(2))}%，不是 100%：无法确定哪些是正确答案`);
    }
    draft = { ...common, type: single ? "single" : "multiple", options: parsed.map((p) => p.text), key: { correct: parsed.map((p) => p.weight > 0) } };
  }
  if (lost.length > 0) draft.status = "draft";
  const built = buildItem(draft);
  if (!built.ok) return refuse(built.problems.map((p) => `「${p.field}」${p.message}`).join("；"));
  out.items.push({ at, order: line, input: built.input });
  if (lost.length > 0) out.lost.push({ at, order: line, message: `${at}：未保留 ${[...new Set(lost)].join("、")}；已作为草稿导入，请核对后再启用` });
}

/** GIFT's escapes for our plain texts (\ ~ = # { } : and line breaks). */
export function giftEscape(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/**
 * Items as GIFT, questions in [plain] format, grouped by their first label ($CATEGORY), with the
 * platform's metadata as [tag:…] comments (standard, levels, tracks, difficulty, status, points,
 * further labels) so a bank round-trips. Images stay as their markers (GIFT cannot carry files).
 */
export function buildGift(items: ItemInput[]): string {
  const byLabel = new Map<string, ItemInput[]>();
  for (const item of items) byLabel.set(item.labels[0] ?? "", [...(byLabel.get(item.labels[0] ?? "") ?? []), item]);
  const out: string[] = [];
  let n = 0;
  for (const [label, group] of byLabel) {
    out.push(`$CATEGORY: $course$/top${label ? `/${label}` : ""}`, "");
    for (const item of group) {
      n += 1;
      const tags = metadataTags(item, { points: true });
      out.push(`// question: ${n} ${tags.map((t) => `[tag:${t.replace(/\]/g, "")}]`).join(" ")}`);
      const name = `::${giftEscape(`${String(n).padStart(4, "0")} ${item.stem.slice(0, 20)}`)}::`;
      const general = item.explanation ? `####${giftEscape(item.explanation)}` : "";
      if (item.type === "true-false") out.push(`${name}[plain]${giftEscape(item.stem)}{${item.answer[0] === "A" ? "TRUE" : "FALSE"}${general}}`);
      else {
        const share = item.type === "multiple" ? Number((100 / item.answer.length).toFixed(5)) : 100;
        out.push(`${name}[plain]${giftEscape(item.stem)}{`);
        for (const o of item.options) {
          const correct = item.answer.includes(o.key);
          const prefix = item.type === "single" ? (correct ? "=" : "~") : correct ? `~%${share}%` : "~%-100%";
          out.push(`\t${prefix}${giftEscape(o.text)}`);
        }
        if (general) out.push(`\t${general}`);
        out.push("}");
      }
      out.push("");
    }
  }
  return out.join("\n");
}
