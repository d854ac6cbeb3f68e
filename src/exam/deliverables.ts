// What a candidate hands in for a skill task (issue 14): the deliverables of a task version, as zod
// schemas (the schema is the type), their values, and the rules that do not need a database:
// validation messages in Chinese naming the deliverable and the setting, a value's validity, the
// evidence the automatic checks read, and whether uploads are still open. Pure: no I/O, `now` is
// an argument. Documented in docs/skill-delivery.md.
import { z } from "zod";
import { CheckSpecSchema, checkSpecIssues, type CheckEvidence, type CheckSpec, type FileEvidence } from "@/grading/checks";

/** A deliverable's id: lower-case letters, digits and "-", unique within its task version (e.g. "main-image"). */
export const DeliverableIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "编号只能用小写字母、数字和 -，以字母或数字开头，最长 32 个字符");

/** Largest file a deliverable may accept: 2 GiB (the upload endpoint's ceiling, docs/storage.md). */
export const MAX_DELIVERABLE_BYTES = 2 * 1024 * 1024 * 1024;

export const FieldSpecSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]{0,39}$/, "字段名只能用字母、数字、_ 和 -，以字母或 _ 开头"),
  label: z.string().trim().min(1, "字段标题不能为空").max(60),
  type: z.enum(["text", "number", "select"]),
  required: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().min(1).max(10_000).optional(),
  options: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
});
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

const base = {
  id: DeliverableIdSchema,
  title: z.string().trim().min(1, "标题不能为空").max(100, "标题最长 100 个字符"),
  instructions: z.string().max(5000, "说明最长 5000 个字符").optional(),
  checks: z.array(z.unknown()).max(20, "每个交付物最多 20 项自动检查"),
};

const TextDeliverable = z.object({ ...base, kind: z.literal("text"), rich: z.boolean(), maxLength: z.number().int().min(1, "字数上限至少为 1").max(100_000, "字数上限最多 100000") });
const FieldsDeliverable = z.object({
  ...base,
  kind: z.literal("fields"),
  fields: z.array(FieldSpecSchema).min(1, "至少要有一个字段").max(50, "最多 50 个字段"),
  rows: z.object({ min: z.number().int().min(0).max(500), max: z.number().int().min(1).max(500) }).optional(),
});
const FilesDeliverable = z.object({
  ...base,
  kind: z.literal("files"),
  accept: z.array(z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/, "文件类型须写成 MIME 类型，例如 image/jpeg")).min(1, "至少允许一种文件类型").max(30),
  maxBytes: z.number().int().min(1, "大小上限至少 1 字节").max(MAX_DELIVERABLE_BYTES, "大小上限最多 2 GiB"),
  maxCount: z.number().int().min(1, "文件数至少为 1").max(20, "文件数最多 20"),
});

const RawDeliverable = z.discriminatedUnion("kind", [TextDeliverable, FieldsDeliverable, FilesDeliverable]);
type Raw = z.infer<typeof RawDeliverable>;
/** One deliverable of a task version (the contract of issue 14, docs/skill-delivery.md). */
export type DeliverableSpec = Raw extends infer T ? (T extends unknown ? Omit<T, "checks"> & { checks: CheckSpec[] } : never) : never;
export type TextDeliverableSpec = Extract<DeliverableSpec, { kind: "text" }>;
export type FieldsDeliverableSpec = Extract<DeliverableSpec, { kind: "fields" }>;
export type FilesDeliverableSpec = Extract<DeliverableSpec, { kind: "files" }>;

const KIND_LABEL = { text: "文本", fields: "表单", files: "文件" } as const;
const SETTING_LABEL: Record<string, string> = {
  id: "编号",
  title: "标题",
  instructions: "说明",
  kind: "类型",
  rich: "富文本",
  maxLength: "字数上限",
  fields: "字段",
  rows: "行数",
  accept: "允许的文件类型",
  maxBytes: "大小上限",
  maxCount: "文件数上限",
  name: "字段名",
  label: "字段标题",
  type: "字段类型",
  required: "必填",
  min: "下限",
  max: "上限",
  options: "选项",
  checks: "自动检查",
};

function describe(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return "缺少或类型不对";
    case "too_small":
      return `不能小于 ${String(issue.minimum)}`;
    case "too_big":
      return `不能大于 ${String(issue.maximum)}`;
    case "invalid_union":
      return "类型必须是：文本、表单、文件之一";
    case "invalid_value":
      return "取值不在允许的范围内";
    default:
      return "取值无效";
  }
}

function pathText(path: PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (typeof p === "number") continue;
    const label = SETTING_LABEL[String(p)] ?? String(p);
    const next = path[i + 1];
    parts.push(typeof next === "number" && p === "fields" ? `${label} ${next + 1}` : label);
  }
  return parts.join(" › ");
}

/**
 * Problems of a task version's deliverables (the author's input, parsed JSON), in Chinese, one per
 * line, each naming the deliverable (`交付物 2「商品主图」`) and the setting; [] when valid. Checks
 * are validated by `checkSpecIssues` (src/grading/checks). Also: ids unique, a fields
 * deliverable's field names unique and min ≤ max, a check's `field` names an existing field.
 */
export function deliverableIssues(input: unknown): string[] {
  if (!Array.isArray(input)) return ["交付物必须是一个列表"];
  if (input.length > 20) return ["每个任务最多 20 个交付物"];
  const out: string[] = [];
  const ids = new Map<string, number>();
  input.forEach((raw, i) => {
    const title = typeof (raw as { title?: unknown })?.title === "string" ? (raw as { title: string }).title.trim() : "";
    const who = `交付物 ${i + 1}${title ? `「${title}」` : ""}`;
    const r = RawDeliverable.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const where = pathText(issue.path);
        out.push(`${who}${where ? ` › ${where}` : ""}：${describe(issue)}`);
      }
    }
    // The whole-set rules run even when the deliverable has other problems (on what can be read
    // of it), so the author sees every problem in one round.
    const d = r.success ? r.data : loose(raw);
    if (typeof d.id === "string" && d.id !== "") {
      const first = ids.get(d.id);
      if (first !== undefined) out.push(`${who} › 编号：「${d.id}」与交付物 ${first + 1} 重复`);
      else ids.set(d.id, i);
    }
    if (d.kind === "fields") {
      const names = new Set<string>();
      (d.fields ?? []).forEach((f, j) => {
        const label = typeof f.label === "string" && f.label.trim() !== "" ? `「${f.label}」` : "";
        if (typeof f.name === "string" && f.name !== "") {
          if (names.has(f.name)) out.push(`${who} › 字段 ${j + 1}${label}：字段名「${f.name}」重复`);
          names.add(f.name);
        }
        if (typeof f.min === "number" && typeof f.max === "number" && f.min > f.max) out.push(`${who} › 字段 ${j + 1}${label}：下限 ${f.min} 大于上限 ${f.max}`);
        if (f.type === "select" && !(Array.isArray(f.options) && f.options.length > 0)) out.push(`${who} › 字段 ${j + 1}${label}：下拉字段至少要有一个选项`);
      });
      if (d.rows && typeof d.rows.min === "number" && typeof d.rows.max === "number" && d.rows.min > d.rows.max) out.push(`${who} › 行数：下限 ${d.rows.min} 大于上限 ${d.rows.max}`);
    }
    (d.checks ?? []).forEach((c, j) => {
      for (const p of checkSpecIssues(c)) out.push(`${who} › 自动检查 ${j + 1}：${p}`);
      const kind = (c as { kind?: string })?.kind;
      if (kind && isKind(d.kind) && !checkFitsKind(kind, d.kind)) out.push(`${who} › 自动检查 ${j + 1}：${KIND_LABEL[d.kind]}交付物不能用这种检查`);
    });
  });
  return [...new Set(out)];
}

type LooseField = { name?: unknown; label?: unknown; type?: unknown; min?: unknown; max?: unknown; options?: unknown };
type LooseDeliverable = { id?: unknown; kind?: unknown; fields?: LooseField[]; rows?: { min?: unknown; max?: unknown }; checks?: unknown[] };

const isKind = (k: unknown): k is DeliverableSpec["kind"] => k === "text" || k === "fields" || k === "files";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What the whole-set rules can read of a deliverable that failed its schema (anything unreadable left out). */
function loose(raw: unknown): LooseDeliverable {
  if (!isObject(raw)) return {};
  return {
    id: raw.id,
    kind: raw.kind,
    fields: Array.isArray(raw.fields) ? raw.fields.filter(isObject) : undefined,
    rows: isObject(raw.rows) ? raw.rows : undefined,
    checks: Array.isArray(raw.checks) && raw.checks.length <= 20 ? raw.checks : undefined,
  };
}

/** Which check kinds read which deliverable kind's evidence. */
function checkFitsKind(checkKind: string, kind: DeliverableSpec["kind"]): boolean {
  if (kind === "files") return ["image", "video", "table"].includes(checkKind);
  if (kind === "text") return ["text-length", "required-words", "forbidden-words"].includes(checkKind);
  return ["fields", "text-length", "required-words", "forbidden-words"].includes(checkKind);
}

/**
 * Parses stored or submitted deliverables (TaskVersion.deliverables). Throws RangeError listing
 * every problem (`deliverableIssues`) when invalid.
 */
export function parseDeliverables(json: unknown): DeliverableSpec[] {
  if (json === null || json === undefined) return [];
  const problems = deliverableIssues(json);
  if (problems.length) throw new RangeError(`交付物的设置有误：${problems.join("；")}`);
  return (json as unknown[]).map((raw) => {
    const d = RawDeliverable.parse(raw);
    return { ...d, checks: d.checks.map((c) => CheckSpecSchema.parse(c)) } as DeliverableSpec;
  });
}

// --- values -------------------------------------------------------------------------------------

export type TextValue = { text: string };
export type FieldsValue = { values: Record<string, string>; rows?: Array<Record<string, string>> };
export type DeliverableValue = TextValue | FieldsValue;

/** Characters as the candidate sees them (Unicode code points; rich text: of its plain text). */
const lengthOf = (s: string) => [...s].length;

/** Plain text of (sanitized) rich-text HTML: tags dropped, block ends as line breaks, entities decoded. */
export function plainTextOfHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n+$/, "");
}

/**
 * Checks a value the candidate saves for a text or fields deliverable: the shape, a text within
 * `maxLength` (rich text: its plain text), only known fields, each within its `maxLength`
 * (default 2000), at most `rows.max` rows of known fields. Required fields and number ranges are
 * NOT enforced here (a draft may be incomplete; the `fields` check reports them). Returns the
 * value with unknown keys dropped, or a Chinese message naming the deliverable.
 */
export function validateDeliverableValue(spec: DeliverableSpec, value: unknown): { ok: true; value: DeliverableValue } | { ok: false; message: string } {
  const who = `「${spec.title}」`;
  if (spec.kind === "files") return { ok: false, message: `${who}须上传文件` };
  if (spec.kind === "text") {
    const r = z.object({ text: z.string() }).safeParse(value);
    if (!r.success) return { ok: false, message: `${who}的内容格式不对` };
    const n = lengthOf(spec.rich ? plainTextOfHtml(r.data.text) : r.data.text);
    if (n > spec.maxLength) return { ok: false, message: `${who}最多 ${spec.maxLength} 个字，现有 ${n} 个字` };
    return { ok: true, value: { text: r.data.text } };
  }
  const r = z.object({ values: z.record(z.string(), z.string()), rows: z.array(z.record(z.string(), z.string())).optional() }).safeParse(value);
  if (!r.success) return { ok: false, message: `${who}的内容格式不对` };
  const values: Record<string, string> = {};
  for (const f of spec.fields) {
    const v = r.data.values[f.name];
    if (v === undefined) continue;
    const max = f.maxLength ?? 2000;
    if (lengthOf(v) > max) return { ok: false, message: `${who}的字段「${f.label}」最多 ${max} 个字` };
    values[f.name] = v;
  }
  const out: FieldsValue = { values };
  if (spec.rows) {
    const rows = r.data.rows ?? [];
    if (rows.length > spec.rows.max) return { ok: false, message: `${who}最多 ${spec.rows.max} 行` };
    out.rows = [];
    for (const [i, row] of rows.entries()) {
      const clean: Record<string, string> = {};
      for (const f of spec.fields) {
        const v = row[f.name];
        if (v === undefined) continue;
        if (lengthOf(v) > (f.maxLength ?? 2000)) return { ok: false, message: `${who}第 ${i + 1} 行的「${f.label}」最多 ${f.maxLength ?? 2000} 个字` };
        clean[f.name] = v;
      }
      out.rows.push(clean);
    }
  }
  return { ok: true, value: out };
}

/**
 * What the checks of a deliverable read (src/grading/checks CheckEvidence): text → `text` (rich:
 * its plain text); fields → `fields` = the values by field name, plus the row list under the name
 * `rows` (so a `fields` check's row-list rule is named "rows"); files → `files` (the probe's
 * evidence of each current file, in upload order). A deliverable never saved gives empty evidence.
 */
export function evidenceFor(spec: DeliverableSpec, value: unknown, files: FileEvidence[]): CheckEvidence {
  if (spec.kind === "files") return { files };
  if (spec.kind === "text") {
    const text = (value as TextValue | null)?.text;
    if (typeof text !== "string") return {};
    return { text: spec.rich ? plainTextOfHtml(text) : text };
  }
  const v = value as FieldsValue | null;
  if (!v || typeof v !== "object" || !v.values) return {};
  const fields: Record<string, unknown> = { ...v.values };
  if (spec.rows) fields.rows = v.rows ?? [];
  return { fields, text: Object.values(v.values).join("\n") };
}

/**
 * Are uploads and saves still accepted? Until the deadline plus the grace for requests in flight
 * (SAVE_GRACE_SECONDS), while the attempt is in progress. A paused attempt refuses (the proctor
 * adds the paused time to the deadline on resume). Instants in ms since the epoch.
 */
export function workStillAccepted(o: { status: string; deadline: Date; now: Date; graceSeconds: number }): boolean {
  return o.status === "in_progress" && o.now.getTime() <= o.deadline.getTime() + o.graceSeconds * 1000;
}
