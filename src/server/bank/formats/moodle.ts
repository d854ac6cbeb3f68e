// Moodle XML question files: multichoice (single and multiple) and truefalse are imported, each
// text read in its own format (html; plain_text, markdown and moodle_auto_format are text), images
// embedded as <file> (@@PLUGINFILE@@) kept; every other question type is skipped with the reason,
// and a bad question is refused on its own with the real reason. Pure. See docs/item-bank.md.
import { XMLParser } from "fast-xml-parser";
import { buildItem, type QuestionDraft } from "./build-item";
import { truthOf } from "./answers";
import { decodeXml } from "./decode";
import { fileName, htmlToText, looksLikeHtml, plainToText, type ImageResolver, type TextResult } from "./html-text";
import { checkImage, describeFile } from "./media";
import { readMetadataTags } from "./metadata-tags";
import { emptyOutcome, ImportFileError, type ParseOutcome } from "./types";

const SKIP_REASONS: Record<string, string> = {
  shortanswer: "简答题（shortanswer）需要人工评分或文本匹配，本平台理论考试只支持判断、单选、多选",
  essay: "论述题（essay）需要人工评分，不属于客观题",
  matching: "匹配题（matching）不是本平台支持的题型",
  match: "匹配题（match）不是本平台支持的题型",
  numerical: "数值题（numerical）不是本平台支持的题型",
  cloze: "完形填空（cloze）不是本平台支持的题型",
  multianswer: "嵌入式答案（cloze）题不是本平台支持的题型",
  description: "说明文字（description）不是题目",
  calculated: "计算题（calculated）不是本平台支持的题型",
  calculatedsimple: "计算题不是本平台支持的题型",
  calculatedmulti: "计算题不是本平台支持的题型",
  ddwtos: "拖放题不是本平台支持的题型",
  gapselect: "选词填空题不是本平台支持的题型",
  randomsamatch: "随机匹配题不是本平台支持的题型",
};

type XmlNode = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const scalar = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  const n = node as XmlNode;
  if (n.text !== undefined) return scalar(n.text);
  if (n["#text"] !== undefined) return scalar(n["#text"]);
  return "";
};

function lineStarts(xml: string): number[] {
  const lines: number[] = [];
  const re = /<question\b/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

const FULL = (f: number) => Math.abs(f - 100) < 0.01;

/**
 * Parses Moodle XML bytes (decoded in their declared encoding). Throws ImportFileError when the
 * file cannot be decoded or is not a Moodle question file.
 */
export function parseMoodleXml(bytes: Uint8Array): ParseOutcome {
  const xml = decodeXml(bytes);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", trimValues: false, parseTagValue: false, parseAttributeValue: false });
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new ImportFileError(`不是有效的 XML 文件：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const quiz = doc.quiz as XmlNode | undefined;
  if (!quiz || typeof quiz !== "object") throw new ImportFileError("不是 Moodle XML 题目文件（缺少 <quiz> 根元素）");

  const out = emptyOutcome("moodle");
  out.mapping.push(
    { from: "<questiontext>", to: "题干（按 format 属性：html 转为文字，plain_text/markdown/moodle_auto_format 按原文）" },
    { from: "<answer fraction=…>", to: "选项与正确答案（单选：100% 为正确答案；多选：得分为正的选项）" },
    { from: "<generalfeedback>", to: "解析" },
    { from: "<defaultgrade>", to: "分值" },
    { from: "<category>", to: "分类" },
    { from: "<file>（@@PLUGINFILE@@）", to: "图片（随题目保存）" },
  );
  const lines = lineStarts(xml);
  let category: string[] = [];

  asArray(quiz.question as XmlNode | XmlNode[]).forEach((q, i) => {
    const line = lines[i] ?? 1;
    const type = String(q["@_type"] ?? "");
    const name = htmlToText(scalar(q.name)).text;
    const at = `第 ${line} 行（题目“${name || i + 1}”）`;
    if (type === "category") {
      const path = scalar(q.category).trim().replace(/^\$(course|system|module|cat\d*)\$\/?/, "").replace(/^top\/?/, "");
      category = path ? [path] : [];
      return;
    }
    if (type !== "multichoice" && type !== "truefalse") {
      out.skipped.push({ at, order: line, message: `${at}：${SKIP_REASONS[type] ?? `题型“${type}”不是本平台支持的题型（只支持判断、单选、多选）`}，未导入` });
      return;
    }
    const refuse = (message: string) => out.problems.push({ at, order: line, message: `${at}：${message}` });

    const lost: string[] = [];
    const read = (node: unknown): string => {
      const r = readText(node as XmlNode | undefined, out.media);
      lost.push(...r.lost);
      return r.text;
    };

    const tags = asArray((q.tags as XmlNode | undefined)?.tag as XmlNode | XmlNode[]).map((t) => scalar(t).trim());
    const metadata = readMetadataTags(tags, category);
    if (!metadata.ok) return refuse(metadata.message);
    const answers = asArray(q.answer as XmlNode | XmlNode[]).map((a) => ({ fraction: Number(a["@_fraction"] ?? 0), node: a }));
    if (answers.some((a) => !Number.isFinite(a.fraction))) return refuse("选项的得分（fraction）不是数字");

    let stem = read(q.questiontext);
    const legacy = scalar(q.image_base64);
    if (legacy) {
      const r = keepImage(Buffer.from(legacy.replace(/\s+/g, ""), "base64"), out.media, scalar(q.image) || "image");
      if ("sha256" in r) stem = `${stem}\n[[image:${r.sha256}]]`;
      else lost.push(r.lost);
    }
    const draft: Omit<QuestionDraft, "type" | "options" | "key"> = {
      stem,
      explanation: read(q.generalfeedback),
      ...metadata.meta,
      points: q.defaultgrade !== undefined && Number.isFinite(Number(scalar(q.defaultgrade))) ? Number(scalar(q.defaultgrade)) : null,
    };

    let full: QuestionDraft;
    if (type === "truefalse") {
      const texts = answers.map((a) => read(a.node));
      if (answers.length !== 2) return refuse(`判断题应有 2 个答案，实际有 ${answers.length} 个`);
      const truths = texts.map((t) => truthOf(t));
      const credited = answers.map((a) => a.fraction > 0);
      if (credited[0] === credited[1]) return refuse("判断题应恰好有一个答案得分为 100%");
      const creditedTruth = credited[0] ? truths[0] : truths[1];
      const otherTruth = credited[0] ? truths[1] : truths[0];
      // Map by the answer texts; Moodle itself would take the first answer as "true" and warn.
      const truth = creditedTruth ?? (otherTruth === null ? null : !otherTruth);
      if (truth === null || (creditedTruth !== null && otherTruth !== null && creditedTruth === otherTruth)) {
        return refuse(`判断题的答案文字“${texts.join("”“")}”无法确定哪个是“对”、哪个是“错”（可用 true/false、对/错、正确/错误、√/×、是/否）`);
      }
      full = { ...draft, type: "true-false", options: [], key: { truth } };
    } else {
      const singleRaw = scalar(q.single).trim().toLowerCase();
      const single = singleRaw === "" || singleRaw === "true" || singleRaw === "1" ? true : singleRaw === "false" || singleRaw === "0" ? false : null;
      if (single === null) return refuse(`<single> 应为 true/false 或 1/0，而不是“${singleRaw}”`);
      const options = answers.map((a) => read(a.node));
      if (single) {
        const fulls = answers.filter((a) => FULL(a.fraction));
        const partial = answers.map((a, k) => ({ ...a, k })).filter((a) => a.fraction > 0 && !FULL(a.fraction));
        if (partial.length > 0) {
          const named = partial.map((p) => `“${options[p.k]}”（${p.fraction}%）`).join("、");
          return refuse(`单选题的选项 ${named} 为部分得分：本平台单选题只有一个正确答案、不设部分得分，请在 Moodle 中改为 0% 或 100% 后再导入`);
        }
        if (fulls.length !== 1) return refuse(fulls.length === 0 ? "单选题没有得分为 100% 的答案" : `单选题有 ${fulls.length} 个得分为 100% 的答案；如有多个正确答案，应为多选题（<single>false</single>）`);
        const penalties = answers.filter((a) => a.fraction < 0);
        if (penalties.length > 0) out.notices.push(`${at}：错误选项的扣分（${penalties.map((p) => `${p.fraction}%`).join("、")}）未保留，本平台答错得 0 分`);
      } else {
        const sum = answers.filter((a) => a.fraction > 0).reduce((s, a) => s + a.fraction, 0);
        if (Math.abs(sum - 100) > 0.5) return refuse(`多选题得分为正的选项合计为 ${Number(sum.toFixed(2))}%，不是 100%：无法确定哪些是正确答案`);
      }
      full = { ...draft, type: single ? "single" : "multiple", options, key: { correct: answers.map((a) => a.fraction > 0) } };
    }
    if (lost.length > 0) full.status = "draft";
    const built = buildItem(full);
    if (!built.ok) return refuse(built.problems.map((p) => `「${p.field}」${p.message}`).join("；"));
    out.items.push({ at, order: line, input: built.input });
    if (lost.length > 0) out.lost.push({ at, order: line, message: `${at}：未保留 ${[...new Set(lost)].join("、")}；已作为草稿导入，请核对后再启用` });
  });
  return out;
}

function keepImage(bytes: Uint8Array, media: ParseOutcome["media"], name: string): { sha256: string } | { lost: string } {
  const r = checkImage(bytes);
  if (!r.ok) return { lost: `${describeFile(name)}（${r.reason}）` };
  media.set(r.blob.sha256, r.blob);
  return { sha256: r.blob.sha256 };
}

/** A Moodle text element (<text> plus its <file>s) in its own format. */
function readText(node: XmlNode | undefined, media: ParseOutcome["media"]): TextResult {
  if (!node) return { text: "", lost: [] };
  const raw = scalar(node.text ?? node);
  const declared = node["@_format"] === undefined ? null : String(node["@_format"]);
  const files = new Map<string, XmlNode>();
  for (const f of asArray(node.file as XmlNode | XmlNode[])) {
    const path = String(f["@_path"] ?? "/");
    files.set(`${path.endsWith("/") ? path : `${path}/`}${String(f["@_name"] ?? "")}`, f);
  }
  const resolve: ImageResolver = (src) => {
    if (src.startsWith("@@PLUGINFILE@@")) {
      const rel = decodeURIComponent(src.slice("@@PLUGINFILE@@".length).split(/[?#]/)[0]!);
      const file = files.get(rel.startsWith("/") ? rel : `/${rel}`);
      if (!file) return { lost: `${describeFile(fileName(src))}（文件中缺少该图片）` };
      const data = scalar(file).replace(/\s+/g, "");
      return keepImage(Buffer.from(data, "base64"), media, fileName(src));
    }
    const dataUri = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(src);
    if (dataUri) return keepImage(dataUri[2] ? Buffer.from(dataUri[3]!, "base64") : Buffer.from(decodeURIComponent(dataUri[3]!)), media, "内嵌图片");
    return { lost: `外部图片 ${src}（不会从网络下载）` };
  };
  // html is HTML; plain_text, moodle_auto_format and markdown are text as written. Without a format
  // attribute (files from other tools), the text is HTML only when it holds real HTML tags.
  if (declared === "html" || (declared === null && looksLikeHtml(raw))) return htmlToText(raw, resolve);
  return plainToText(raw, resolve, declared === "markdown");
}
