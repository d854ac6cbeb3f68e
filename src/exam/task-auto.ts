// Automatic rubric criteria of a skill task version (issue 14): a criterion may score itself from
// one automatic check of one deliverable — `auto: { deliverableId, checkIndex, rule }` on the
// criterion (TaskVersion.rubric). This module is the schema of that link and the rules an
// author's choice must satisfy, with Chinese messages naming the criterion. Pure: no I/O.
// Scoring itself: autoCriterionPoints (src/grading/checks/run.ts); docs/skill-delivery.md.
import { z } from "zod";

/** all-or-nothing: full points when the check passed; proportional: points × met / total, rounded down. */
export const AutoRuleSchema = z.enum(["all-or-nothing", "proportional"]);

/** The link of an automatic criterion to a check: which deliverable, which of its checks (0-based), which rule. */
export const AutoCriterionSchema = z.object({
  deliverableId: z.string().min(1),
  checkIndex: z.number().int().min(0),
  rule: AutoRuleSchema,
});
export type AutoCriterion = z.infer<typeof AutoCriterionSchema>;

/** What an author sends: criterion id → its link, or null for "not automatic". Criteria left out are not automatic. */
export const AutoChoicesSchema = z.record(z.string(), AutoCriterionSchema.nullable());
export type AutoChoices = z.infer<typeof AutoChoicesSchema>;

type Criterion = { id: string; title: string };
type DeliverableChecks = { id: string; title: string; checks: readonly unknown[] };

/**
 * Problems of the author's automatic-criterion choices against the rubric and the deliverables
 * they are saved with, in Chinese, one per entry, each naming the criterion
 * (`评分细则 2「主图尺寸」`): the shape, an unknown criterion id, a deliverable that does not
 * exist, a check index past the deliverable's checks, two criteria scored by the same check.
 * [] when valid.
 */
export function autoChoiceIssues(input: unknown, rubric: readonly Criterion[], deliverables: readonly DeliverableChecks[]): string[] {
  if (input === undefined || input === null) return [];
  if (typeof input !== "object" || Array.isArray(input)) return ["自动评分的设置格式不对"];
  const out: string[] = [];
  const used = new Map<string, string>();
  for (const [criterionId, raw] of Object.entries(input as Record<string, unknown>)) {
    const at = rubric.findIndex((c) => c.id === criterionId);
    if (at < 0) {
      out.push(`自动评分：评分细则中没有编号为「${criterionId}」的评分项`);
      continue;
    }
    const who = `评分细则 ${at + 1}「${rubric[at]!.title}」`;
    if (raw === null) continue;
    const r = AutoCriterionSchema.safeParse(raw);
    if (!r.success) {
      const key = String(r.error.issues[0]?.path[0] ?? "");
      out.push(`${who} › 自动评分：${key === "rule" ? "计分方式只能是“通过得满分”或“按比例得分”" : key === "checkIndex" ? "请选择一项自动检查" : "请选择依据的交付物与检查"}`);
      continue;
    }
    const d = deliverables.find((x) => x.id === r.data.deliverableId);
    if (!d) {
      out.push(`${who} › 自动评分：没有编号为「${r.data.deliverableId}」的交付物`);
      continue;
    }
    if (r.data.checkIndex >= d.checks.length) {
      out.push(`${who} › 自动评分：交付物「${d.title}」没有第 ${r.data.checkIndex + 1} 项自动检查`);
      continue;
    }
    const key = `${d.id}#${r.data.checkIndex}`;
    const other = used.get(key);
    if (other) out.push(`${who} › 自动评分：交付物「${d.title}」的第 ${r.data.checkIndex + 1} 项检查已用于${other}`);
    else used.set(key, who);
  }
  return out;
}

/**
 * The rubric with the author's choices applied: a criterion named in `choices` gets that link (or
 * loses `auto` for null); the others keep what they had. Call after `autoChoiceIssues` found none.
 */
export function applyAutoChoices<C extends { id: string; auto?: unknown }>(rubric: readonly C[], choices: AutoChoices | undefined): C[] {
  if (!choices) return [...rubric];
  return rubric.map((c) => {
    if (!(c.id in choices)) return c;
    const { auto: _old, ...rest } = c;
    const link = choices[c.id];
    return (link ? { ...rest, auto: link } : rest) as C;
  });
}
