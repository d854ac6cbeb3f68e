// What an item is before it is stored: validated against the standard. Used by the editor,
// the importers and the demo seed alike.
import { createHash } from "node:crypto";
import { z } from "zod";
import { ItemStatusSchema, ItemTagSchema, ItemTypeSchema, MAX_OPTIONS, OptionKeySchema, areaOfTag, type ItemTag } from "@/exam/types";
import { LevelCodeSchema, TrackCodeSchema, findItem, standard, type LevelCode, type TrackCode } from "@/standard";

export const TRUE_FALSE_OPTIONS = [
  { key: "A", text: "对" },
  { key: "B", text: "错" },
] as const;

export const ItemInputSchema = z.object({
  type: ItemTypeSchema,
  stem: z.string().trim().min(1, "题干必填").max(2000, "题干过长（最多 2000 字）"),
  options: z.array(z.object({ key: OptionKeySchema, text: z.string().trim().min(1, "选项不能为空").max(500) })).max(MAX_OPTIONS, `选项最多 ${MAX_OPTIONS} 个（A–H）`),
  answer: z.array(OptionKeySchema).min(1, "正确答案必填"),
  levels: z.array(LevelCodeSchema).min(1, "级别必填"),
  tracks: z.array(TrackCodeSchema).min(1, "工种必填"),
  tag: ItemTagSchema.nullable(),
  difficulty: z.number().int().min(1, "难度应为 1–5").max(5, "难度应为 1–5"),
  explanation: z.string().trim().max(2000).default(""),
  points: z.number().min(0).max(100).nullable().default(null),
  labels: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  status: ItemStatusSchema.default("draft"),
});
export type ItemInput = z.infer<typeof ItemInputSchema>;

/** Problems with an item, in Chinese, each naming the field. Empty when the item is valid. */
export function checkItem(input: ItemInput): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const keys = input.options.map((o) => o.key);
  if (new Set(keys).size !== keys.length) problems.push({ field: "选项", message: "选项字母重复" });
  if (input.type === "true-false") {
    const ok = input.options.length === 2 && input.options[0]?.text === "对" && input.options[1]?.text === "错";
    if (!ok) problems.push({ field: "选项", message: "判断题的选项应为 A 对、B 错" });
    if (input.answer.length !== 1) problems.push({ field: "正确答案", message: "判断题只能有一个答案（对 或 错）" });
  } else {
    if (input.options.length < (input.type === "single" ? 2 : 3)) problems.push({ field: "选项", message: "选项太少" });
    const expected = OptionKeySchema.options.slice(0, input.options.length);
    if (keys.join("") !== expected.join("")) problems.push({ field: "选项", message: "选项应从 A 起连续编排" });
    if (input.type === "single" && input.answer.length !== 1) problems.push({ field: "正确答案", message: "单选题只能有一个正确答案" });
    // Every option correct is allowed (common in real banks); one correct option is a single-choice item.
    if (input.type === "multiple" && input.answer.length < 2) problems.push({ field: "正确答案", message: "多选题应有至少 2 个正确答案（只有 1 个正确答案的请设为单选题）" });
  }
  for (const a of input.answer) if (!keys.includes(a)) problems.push({ field: "正确答案", message: `答案 ${a} 不在选项中` });
  if (new Set(input.answer).size !== input.answer.length) problems.push({ field: "正确答案", message: "答案重复" });

  if (!input.tag) {
    if (input.status === "active") problems.push({ field: "知识点代码", message: "启用的题目必须对应标准中的知识点" });
  } else {
    problems.push(...checkTag(input.tag, input.levels, input.tracks));
  }
  return problems;
}

function checkTag(tag: ItemTag, levels: LevelCode[], tracks: TrackCode[]) {
  const problems: Array<{ field: string; message: string }> = [];
  if (tag.kind === "basics") {
    const group = tag.code.split(".").slice(0, 3).join(".");
    const g = standard.basics.find((b) => b.code === group);
    if (!g) problems.push({ field: "知识点代码", message: `基础知识 ${tag.code} 不存在（应为 2.2.1–2.2.11）` });
    else if (tag.code !== group && !g.items.some((i) => i.code === tag.code)) {
      problems.push({ field: "知识点代码", message: `基础知识 ${tag.code} 不存在` });
    }
  }
  if (tag.kind === "knowledge") {
    const found = findItem(tag.level, "knowledge", tag.code);
    if (!found) {
      problems.push({ field: "知识点代码", message: `${tag.level === "5" ? "五级" : "四级"}相关知识要求 ${tag.code} 不存在` });
    } else {
      if (levels.length !== 1 || levels[0] !== tag.level) {
        problems.push({ field: "级别", message: `知识点属于${tag.level === "5" ? "五级" : "四级"}，级别应只填该级` });
      }
      const outside = tracks.filter((t) => !found.tracks.includes(t));
      if (outside.length > 0) problems.push({ field: "工种", message: `工作内容 ${found.workContentCode} 不适用于所填工种` });
    }
  }
  return problems;
}

/** The tracks and levels an item gets by default from its tag. */
export function defaultScope(tag: ItemTag | null): { levels: LevelCode[]; tracks: TrackCode[] } {
  if (tag?.kind === "knowledge") {
    const found = findItem(tag.level, "knowledge", tag.code);
    return { levels: [tag.level], tracks: found ? [...found.tracks] : ["online-merchant", "cross-border"] };
  }
  return { levels: ["5", "4"], tracks: ["online-merchant", "cross-border"] };
}

export function areaOf(tag: ItemTag | null): string | null {
  return tag ? areaOfTag(tag) : null;
}

/** Same stem and options (ignoring spacing, punctuation width and case) => same fingerprint. */
export function fingerprint(input: Pick<ItemInput, "stem" | "options">): string {
  const norm = (s: string) =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\u3000]+/g, "")
      .replace(/[。．.，,、；;：:？?！!（）()“”"'‘’]/g, "");
  const text = [norm(input.stem), ...input.options.map((o) => `${o.key}:${norm(o.text)}`)].join("|");
  return createHash("sha1").update(text).digest("hex");
}

/** Tag <-> the "知识点代码" text of the sheet template: 职业道德 | 2.2.3 | 5-2.3.4 | 4-1.1.2 */
export function tagToCode(tag: ItemTag | null): string {
  if (!tag) return "";
  if (tag.kind === "ethics") return "职业道德";
  if (tag.kind === "basics") return tag.code;
  return `${tag.level}-${tag.code}`;
}

export function parseTagCode(raw: string): { ok: true; tag: ItemTag | null } | { ok: false; message: string } {
  const s = raw.normalize("NFKC").trim().replace(/\s+/g, "");
  if (s === "") return { ok: true, tag: null };
  if (s === "职业道德" || s === "2.1" || /^2\.1\.[12]$/.test(s)) return { ok: true, tag: { kind: "ethics" } };
  if (/^2\.2\.\d+(\.\d+)?$/.test(s)) return { ok: true, tag: { kind: "basics", code: s } };
  const m = /^(?:L|五级|四级)?([54])?[-:：级]?([1-6]\.\d+\.\d+)$/.exec(s);
  const level = /^五级/.test(s) ? "5" : /^四级/.test(s) ? "4" : m?.[1];
  if (m && level) return { ok: true, tag: { kind: "knowledge", level: level as LevelCode, code: m[2]! } };
  return { ok: false, message: `无法识别知识点代码“${raw}”，应为 职业道德、2.2.x 或 级别-代码（如 5-2.3.4）` };
}
