// The item editor's form fields -> an ItemInput candidate (validated by the store).
import { OptionKeySchema, type OptionKey } from "@/exam/types";
import { parseTagCode, TRUE_FALSE_OPTIONS } from "./item-input";

const KEYS: readonly OptionKey[] = OptionKeySchema.options;

export function itemFromForm(form: FormData): { ok: true; input: unknown } | { ok: false; error: string } {
  const type = String(form.get("type") ?? "");
  const options =
    type === "true-false"
      ? TRUE_FALSE_OPTIONS.map((o) => ({ ...o }))
      : KEYS.map((key) => ({ key, text: String(form.get(`option_${key}`) ?? "").trim() })).filter((o) => o.text !== "");
  const tag = parseTagCode(String(form.get("tag") ?? ""));
  if (!tag.ok) return { ok: false, error: tag.message };
  return {
    ok: true,
    input: {
      type,
      stem: String(form.get("stem") ?? ""),
      options,
      answer: form.getAll("answer").map(String),
      levels: form.getAll("levels").map(String),
      tracks: form.getAll("tracks").map(String),
      tag: tag.tag,
      difficulty: Number(form.get("difficulty") ?? 3),
      explanation: String(form.get("explanation") ?? ""),
      labels: String(form.get("labels") ?? "")
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean),
      status: String(form.get("status") ?? "draft"),
    },
  };
}
