// Readable Chinese messages for a refused check configuration: each names the setting (by its
// Chinese label and position) and says what is wrong with it.
import type { z } from "zod";
import { CheckSpecSchema, type CheckSpec } from "./spec";

const LABELS: Record<string, string> = {
  kind: "检查类型",
  min: "下限",
  max: "上限",
  unit: "计数方式",
  field: "字段",
  words: "词语",
  minCount: "至少出现的词数",
  allow: "例外词",
  formats: "格式",
  minWidth: "最小宽度",
  minHeight: "最小高度",
  aspect: "宽高比",
  w: "宽",
  h: "高",
  tolerance: "容差",
  minSeconds: "最短时长（秒）",
  maxSeconds: "最长时长（秒）",
  expected: "期望表格",
  columns: "列",
  rows: "行",
  rowNumbers: "行号",
  options: "比对选项",
  keyColumns: "关键列",
  ignoreRowOrder: "忽略行序",
  allowExtraColumns: "允许多余的列",
  numericTolerance: "数值容差",
  trim: "忽略首尾空格",
  normalizeWidth: "全角半角视为相同",
  ignoreCase: "忽略大小写",
  checkTypes: "检查数据类型",
  blankValues: "视为空值的文本",
  ranges: "合理范围",
  fields: "字段",
  name: "字段名",
  label: "显示名称",
  type: "字段类型",
  required: "必填",
  minLength: "最短长度",
  maxLength: "最长长度",
  pattern: "格式（正则表达式）",
  patternHint: "格式说明",
  allowed: "可选值",
  integer: "整数",
  maxDecimals: "最多小数位数",
  minRows: "最少行数",
  maxRows: "最多行数",
  unique: "不可重复的列",
};

/** "字段「price」 › 下限": list entries that have a name are called by it. */
function pathLabel(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let at: unknown = input;
  for (const p of path) {
    at = at !== null && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[p as string] : undefined;
    if (typeof p === "number") {
      const name = at !== null && typeof at === "object" ? (at as { name?: unknown }).name : undefined;
      if (typeof name === "string" && name.trim() !== "" && parts.length) parts[parts.length - 1] += `「${name.trim()}」`;
      else parts.push(`第 ${p + 1} 项`);
    } else parts.push(LABELS[String(p)] ?? String(p));
  }
  return parts.join(" › ");
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined/.test(issue.message)) return "必填";
      if (issue.expected === "int") return "应为整数";
      return issue.expected === "number" ? "应为数字" : issue.expected === "string" ? "应为文本" : issue.expected === "boolean" ? "应为是/否" : issue.expected === "array" ? "应为列表" : "类型不正确";
    case "too_small":
      if (issue.origin === "array") return `至少 ${issue.minimum} 项`;
      if (issue.origin === "string") return `至少 ${issue.minimum} 个字符`;
      return `不能小于 ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `最多 ${issue.maximum} 项`;
      if (issue.origin === "string") return `最多 ${issue.maximum} 个字符`;
      return `不能大于 ${issue.maximum}`;
    case "invalid_value":
      return `只能是 ${issue.values.map(String).join("、")} 之一`;
    case "invalid_union":
      return "不是可用的选项";
    default:
      return issue.message;
  }
}

/**
 * Problems of a check configuration, in Chinese, one per line; empty when it is valid. A custom
 * rule's message already names its setting; a basic one gets the setting's label in front.
 */
export function checkSpecIssues(input: unknown): string[] {
  const r = CheckSpecSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    if (i.code === "custom" && (i.params as { named?: boolean } | undefined)?.named) return i.message;
    if (i.code === "invalid_union" && (i.path.length === 0 || String(i.path.at(-1)) === "kind")) return "检查类型必须是：字数、必含词、禁用词、图片、视频、表格、表单字段之一";
    const where = pathLabel(i.path, input);
    // Our own messages are Chinese; zod's defaults are English and get a Chinese description.
    const text = /[\u4e00-\u9fff]/.test(i.message) ? i.message : describe(i);
    return where ? `${where}：${text}` : text;
  });
}

/** Parses a configuration, throwing a RangeError whose message lists every problem. */
export function parseCheckSpec(input: unknown): CheckSpec {
  const problems = checkSpecIssues(input);
  if (problems.length) throw new RangeError(`自动检查的设置有误：${problems.join("；")}`);
  return CheckSpecSchema.parse(input);
}
