// The candidate's items as the exam page shows them: the paper's item versions in the candidate's
// own item order, each with its options in the candidate's own option order. Only the stem, the
// type and the option texts with their original keys are included, never the correct answer.
// Built at publish (prepare-candidate-papers.ts stores the JSON text in SessionCandidate.examItems)
// and, for seats prepared before that column existed, on the fly when the paper is loaded.
import type { OptionKey } from "@/exam/types";

export type ExamItemView = {
  versionId: string;
  number: number;
  type: "true-false" | "single" | "multiple";
  stem: string;
  options: Array<{ key: OptionKey; text: string }>;
};

export type ExamItemSource = { type: string; stem: string; options: unknown };

/**
 * The items in display order. `itemOrder` is the list of version ids in display order,
 * `optionOrder` maps a version id to its original option keys in display order (missing: the
 * stored order). Throws when a version of the order is missing from `versions`.
 */
export function buildExamItems(options: { itemOrder: string[]; optionOrder: Record<string, OptionKey[]>; versions: ReadonlyMap<string, ExamItemSource> }): ExamItemView[] {
  return options.itemOrder.map((versionId, i) => {
    const v = options.versions.get(versionId);
    if (!v) throw new Error(`paper item ${versionId} missing`);
    const opts = v.options as Array<{ key: OptionKey; text: string }>;
    const order = options.optionOrder[versionId] ?? opts.map((o) => o.key);
    return {
      versionId,
      number: i + 1,
      type: v.type as ExamItemView["type"],
      stem: v.stem,
      options: order.map((key) => ({ key, text: opts.find((o) => o.key === key)?.text ?? "" })),
    };
  });
}
