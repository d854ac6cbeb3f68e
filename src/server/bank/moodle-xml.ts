// Moodle XML question files: multichoice (single and multiple) and truefalse are imported;
// every other question type is listed as skipped with the reason. Categories become labels;
// HTML in texts is sanitized to plain text. Export writes the same format, with the standard's
// tags (standard:, levels:, tracks:, difficulty:, status:) so that a bank round-trips.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import sanitizeHtml from "sanitize-html";
import type { OptionKey } from "@/exam/types";
import type { LevelCode, TrackCode } from "@/standard";
import { checkItem, defaultScope, ItemInputSchema, parseTagCode, tagToCode, TRUE_FALSE_OPTIONS, type ItemInput } from "./item-input";

export type MoodleProblem = { line: number; question: string; message: string };
export type MoodleSkip = { line: number; question: string; type: string; reason: string };

const SUPPORTED = new Set(["multichoice", "truefalse"]);
const SKIP_REASONS: Record<string, string> = {
  shortanswer: "简答题（shortanswer）需要人工评分或文本匹配，本平台理论考试只支持判断、单选、多选",
  essay: "论述题（essay）需要人工评分，不属于客观题",
  matching: "匹配题（matching）不是本平台支持的题型",
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

/** HTML to plain text: tags removed (scripts and styles with their content), entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|div|li|h\d)>/gi, "\n");
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" });
  return decodeEntities(stripped)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

type XmlNode = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  const t = (node as XmlNode).text;
  if (t === undefined) return "";
  return typeof t === "object" ? textOf(t) : String(t);
};

function lineStarts(xml: string): number[] {
  const lines: number[] = [];
  const re = /<question\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) lines.push(xml.slice(0, m.index).split("\n").length);
  return lines;
}

const LEVELS = new Set<LevelCode>(["5", "4"]);
const TRACKS = new Set<TrackCode>(["online-merchant", "cross-border"]);

export function parseMoodleXml(xml: string): { items: Array<{ line: number; input: ItemInput }>; problems: MoodleProblem[]; skipped: MoodleSkip[] } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", cdataPropName: false, trimValues: true, parseTagValue: false });
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (error) {
    return { items: [], problems: [{ line: 1, question: "", message: `不是有效的 XML 文件：${error instanceof Error ? error.message : String(error)}` }], skipped: [] };
  }
  const quiz = doc.quiz as XmlNode | undefined;
  if (!quiz) return { items: [], problems: [{ line: 1, question: "", message: "不是 Moodle XML 题目文件（缺少 <quiz> 根元素）" }], skipped: [] };

  const lines = lineStarts(xml);
  const items: Array<{ line: number; input: ItemInput }> = [];
  const problems: MoodleProblem[] = [];
  const skipped: MoodleSkip[] = [];
  let category: string[] = [];

  asArray(quiz.question as XmlNode | XmlNode[]).forEach((q, i) => {
    const line = lines[i] ?? 1;
    const type = String(q["@_type"] ?? "");
    const name = htmlToText(textOf(q.name));
    if (type === "category") {
      const path = textOf(q.category).replace(/^\$(course|system|module|cat\d*)\$\/?/, "").replace(/^top\/?/, "");
      category = path ? [path] : [];
      return;
    }
    if (!SUPPORTED.has(type)) {
      skipped.push({ line, question: name, type, reason: SKIP_REASONS[type] ?? `题型“${type}”不是本平台支持的题型（只支持判断、单选、多选）` });
      return;
    }
    const where = `第 ${line} 行（题目“${name || i + 1}”）`;
    const bad = (message: string) => problems.push({ line, question: name, message: `${where}：${message}` });

    const tags = asArray((q.tags as XmlNode | undefined)?.tag as XmlNode | XmlNode[]).map((t) => textOf(t).trim());
    const tagValue = (prefix: string) => tags.find((t) => t.startsWith(`${prefix}:`))?.slice(prefix.length + 1);
    const tagResult = parseTagCode(tagValue("standard") ?? "");
    if (!tagResult.ok) bad(tagResult.message);
    const tag = tagResult.ok ? tagResult.tag : null;
    const scope = defaultScope(tag);
    const levels = (tagValue("levels")?.split(",").filter((l): l is LevelCode => LEVELS.has(l as LevelCode)) ?? []) as LevelCode[];
    const tracks = (tagValue("tracks")?.split(",").filter((t): t is TrackCode => TRACKS.has(t as TrackCode)) ?? []) as TrackCode[];
    const difficulty = Number(tagValue("difficulty") ?? 3);
    const statusTag = tagValue("status");
    const status = statusTag === "draft" || statusTag === "active" || statusTag === "retired" ? statusTag : tag ? "active" : "draft";

    const answers = asArray(q.answer as XmlNode | XmlNode[]);
    let options: Array<{ key: OptionKey; text: string }>;
    let answer: OptionKey[];
    let itemType: ItemInput["type"];
    if (type === "truefalse") {
      itemType = "true-false";
      options = TRUE_FALSE_OPTIONS.map((o) => ({ ...o }));
      const correct = answers.find((a) => Number(a["@_fraction"]) > 0);
      const text = htmlToText(textOf(correct)).toLowerCase();
      answer = text === "true" || text === "对" || text === "正确" ? ["A"] : ["B"];
      if (!correct) bad("没有标记正确答案");
    } else {
      const single = String(q.single ?? "true").toLowerCase() !== "false";
      itemType = single ? "single" : "multiple";
      if (answers.length > 6) bad(`选项有 ${answers.length} 个，最多支持 6 个`);
      options = answers.slice(0, 6).map((a, k) => ({ key: "ABCDEF"[k] as OptionKey, text: htmlToText(textOf(a)) }));
      answer = answers
        .map((a, k) => ({ k, fraction: Number(a["@_fraction"] ?? 0) }))
        .filter((a) => a.fraction > 0 && a.k < 6)
        .map((a) => "ABCDEF"[a.k] as OptionKey);
      if (single && answer.length !== 1) bad(`单选题应有且只有一个满分答案，实际有 ${answer.length} 个`);
    }
    const parsed = ItemInputSchema.safeParse({
      type: itemType,
      stem: htmlToText(textOf(q.questiontext)),
      options,
      answer,
      levels: levels.length ? levels : scope.levels,
      tracks: tracks.length ? tracks : scope.tracks,
      tag,
      difficulty: Number.isInteger(difficulty) ? difficulty : 3,
      explanation: htmlToText(textOf(q.generalfeedback)),
      points: q.defaultgrade !== undefined && Number.isFinite(Number(q.defaultgrade)) ? Number(q.defaultgrade) : null,
      labels: [...new Set([...category, ...tags.filter((t) => t.startsWith("label:")).map((t) => t.slice(6))])],
      status,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) bad(issue.message);
      return;
    }
    const itemProblems = checkItem(parsed.data);
    for (const p of itemProblems) bad(`「${p.field}」${p.message}`);
    if (itemProblems.length === 0 && !problems.some((p) => p.line === line)) items.push({ line, input: parsed.data });
  });
  return { items, problems, skipped };
}

export function buildMoodleXml(items: ItemInput[]): string {
  const byLabel = new Map<string, ItemInput[]>();
  for (const item of items) {
    const key = item.labels[0] ?? "";
    byLabel.set(key, [...(byLabel.get(key) ?? []), item]);
  }
  const cdata = (s: string) => ({ text: { "#cdata": s } });
  const questions: XmlNode[] = [];
  let n = 0;
  for (const [label, group] of byLabel) {
    // Every group starts with its category, so a group without a label does not inherit one.
    questions.push({ "@_type": "category", category: { text: label ? `$course$/top/${label}` : "$course$/top" } });
    for (const item of group) {
      n += 1;
      const tags = [
        item.tag ? `standard:${tagToCode(item.tag)}` : null,
        `levels:${item.levels.join(",")}`,
        `tracks:${item.tracks.join(",")}`,
        `difficulty:${item.difficulty}`,
        `status:${item.status}`,
        ...item.labels.slice(1).map((l) => `label:${l}`),
      ].filter((t): t is string => t !== null);
      const common = {
        name: { text: `${String(n).padStart(4, "0")} ${item.stem.slice(0, 30)}` },
        questiontext: { "@_format": "html", ...cdata(escapeHtml(item.stem)) },
        generalfeedback: { "@_format": "html", ...cdata(escapeHtml(item.explanation)) },
        ...(item.points === null ? {} : { defaultgrade: item.points }),
        tags: { tag: tags.map((t) => ({ text: t })) },
      };
      if (item.type === "true-false") {
        questions.push({
          "@_type": "truefalse",
          ...common,
          answer: [
            { "@_fraction": item.answer[0] === "A" ? "100" : "0", "@_format": "moodle_auto_format", text: "true" },
            { "@_fraction": item.answer[0] === "B" ? "100" : "0", "@_format": "moodle_auto_format", text: "false" },
          ],
        });
      } else {
        const share = item.type === "single" ? "100" : (100 / item.answer.length).toFixed(5);
        questions.push({
          "@_type": "multichoice",
          ...common,
          single: item.type === "single" ? "true" : "false",
          shuffleanswers: "true",
          answernumbering: "ABCD",
          answer: item.options.map((o) => ({
            "@_fraction": item.answer.includes(o.key) ? share : item.type === "single" ? "0" : "-100",
            "@_format": "html",
            ...cdata(escapeHtml(o.text)),
          })),
        });
      }
    }
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", cdataPropName: "#cdata", format: true, suppressEmptyNode: false });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: questions } })}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}
