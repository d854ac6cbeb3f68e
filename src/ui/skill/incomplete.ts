// What the submit dialog of the skill page lists as not finished: the theory exam names its
// unanswered questions; a skill candidate is told which deliverables are empty, which required
// form fields are blank, which numbers are outside the range the form states, and which file
// deliverables have no file. Drafts are saved whatever they hold (like theory answers); this is
// a reminder before handing in, not a refusal. Pure: no React, no fetch.

type FieldSpec = { name: string; label: string; type: "text" | "number" | "select"; required: boolean; min?: number; max?: number };
export type IncompleteSpec =
  | { id: string; title: string; kind: "text" }
  | { id: string; title: string; kind: "fields"; fields: FieldSpec[]; rows?: { min: number; max: number } }
  | { id: string; title: string; kind: "files" };

/** One problem of a deliverable, as a catalogue key and its parameters. */
export type Problem = { key: "skill.incomplete.empty" | "skill.incomplete.required" | "skill.incomplete.range" | "skill.incomplete.rows" | "skill.incomplete.noFile"; params: Record<string, string | number> };

/**
 * The problems of one deliverable given its saved or typed value (text: `{ text }`, fields:
 * `{ values, rows? }`, files: the number of stored files). Empty list: finished. A number field
 * outside [min, max] (either bound optional) or not a number is a range problem; text whose plain
 * content is only whitespace or markup is empty.
 */
export function deliverableProblems(spec: IncompleteSpec, value: unknown, fileCount: number): Problem[] {
  if (spec.kind === "files") return fileCount > 0 ? [] : [{ key: "skill.incomplete.noFile", params: {} }];
  if (spec.kind === "text") {
    const text = typeof (value as { text?: unknown } | null)?.text === "string" ? (value as { text: string }).text : "";
    const plain = text.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
    return plain ? [] : [{ key: "skill.incomplete.empty", params: {} }];
  }
  const v = (value ?? {}) as { values?: Record<string, string>; rows?: unknown[] };
  const values = v.values ?? {};
  const out: Problem[] = [];
  const touched = Object.values(values).some((x) => x.trim() !== "") || (v.rows?.length ?? 0) > 0;
  if (!touched) return [{ key: "skill.incomplete.empty", params: {} }];
  for (const f of spec.fields) {
    const raw = (values[f.name] ?? "").trim();
    if (!raw) {
      if (f.required) out.push({ key: "skill.incomplete.required", params: { field: f.label } });
      continue;
    }
    if (f.type === "number" && (f.min !== undefined || f.max !== undefined)) {
      const n = Number(raw);
      if (!Number.isFinite(n) || (f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
        out.push({ key: "skill.incomplete.range", params: { field: f.label, value: raw, min: f.min ?? "", max: f.max ?? "" } });
    }
  }
  if (spec.rows && (v.rows?.length ?? 0) < spec.rows.min) out.push({ key: "skill.incomplete.rows", params: { min: spec.rows.min, count: v.rows?.length ?? 0 } });
  return out;
}
