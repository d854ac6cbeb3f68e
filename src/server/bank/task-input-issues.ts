// Chinese messages for a task input refused by TaskInputSchema (task-store.ts): each names the
// field, and for the rubric and the materials the row (as the editor's text areas number them)
// and its title, e.g. 评分细则第 1 行「只有标题没有分值」：缺少分值（格式：标题｜分值｜说明）.
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

const FIELD: Record<string, string> = {
  title: "标题",
  level: "等级",
  tracks: "工种",
  duty: "职业功能",
  skills: "技能要求",
  instructions: "操作要求",
  materials: "材料",
  minutes: "时长（分钟）",
  points: "试题分值",
  rubric: "评分细则",
  status: "状态",
};
const RUBRIC_FIELD: Record<string, string> = { id: "编号", title: "标题", points: "分值", descriptors: "说明" };
const MATERIAL_FIELD: Record<string, string> = { name: "名称", description: "说明" };
const RUBRIC_FORMAT = "（格式：标题｜分值｜说明）";
const MATERIAL_FORMAT = "（格式：名称｜说明）";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What is wrong with one value, in Chinese, from the zod issue (sizes in characters / items). */
function problem(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined || value === null || value === "") return "缺少";
      return issue.expected === "number" ? "应为数字" : "格式不正确";
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "缺少" : `至少 ${min} 个字`;
      if (issue.origin === "array") return `至少 ${min} 项`;
      return issue.inclusive ? `应不小于 ${min}` : `应大于 ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `最多 ${max} 个字`;
      if (issue.origin === "array") return `最多 ${max} 项`;
      return issue.inclusive ? `应不大于 ${max}` : `应小于 ${max}`;
    }
    case "invalid_value":
      return `「${String(value)}」不是可选的值`;
    case "invalid_format":
      return "格式不正确";
    default:
      return "无效";
  }
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const key of path) v = isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * The Chinese message of every issue of `raw` (the input given to TaskInputSchema) in `issues`,
 * in order, without repeats. Shapes: 「标题：缺少」, 「技能要求代码「9.9.9」不在标准中」,
 * 「评分细则第 1 行「只有标题没有分值」：缺少分值（格式：标题｜分值｜说明）」,
 * 「材料第 2 行：缺少名称（格式：名称｜说明）」, 「试题分值：应不大于 100」.
 */
export function taskInputIssueMessages(raw: unknown, issues: readonly Issue[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const [field, row, sub] = issue.path;
    const value = valueAt(raw, issue.path);
    const label = FIELD[String(field)] ?? String(field ?? "内容");
    let message: string;
    if (field === "skills" && typeof row === "number") {
      message = `技能要求代码「${String(value)}」不在标准中`;
    } else if ((field === "rubric" || field === "materials") && typeof row === "number" && sub !== undefined) {
      const item = valueAt(raw, [field, row]);
      const name = isRecord(item) ? String((field === "rubric" ? item.title : item.name) ?? "").trim() : "";
      const subLabel = (field === "rubric" ? RUBRIC_FIELD : MATERIAL_FIELD)[String(sub)] ?? String(sub);
      const what = problem(issue, value);
      const format = field === "rubric" ? RUBRIC_FORMAT : MATERIAL_FORMAT;
      message = `${label}第 ${row + 1} 行${name ? `「${name}」` : ""}：${what === "缺少" ? `缺少${subLabel}${format}` : `${subLabel}${what}`}`;
    } else if (typeof row === "number") {
      message = `${label}第 ${row + 1} 项：${problem(issue, value)}`;
    } else {
      const what = problem(issue, value);
      message = `${label}：${what === "缺少" ? "必填" : what}`;
    }
    if (!out.includes(message)) out.push(message);
  }
  return out;
}
