// The whole analysis of one paper: item figures, distractors and flags per item, and the test
// figures. Attempts of different papers (A/B forms) are analysed paper by paper.
import { analyseDistractors, type DistractorAnalysis } from "./distractors";
import { itemFlags, type ItemFlag } from "./flags";
import { itemFigures, paperMatrix, type AttemptInput, type ItemFigures, type PaperItemInput } from "./items";
import { testFigures, type TestFigures } from "./test-analysis";

export interface PaperAnalysisInput {
  /** Items in paper order; `choice` (options and key) enables the distractor analysis. */
  items: ReadonlyArray<PaperItemInput & { choice?: { options: readonly string[]; key: readonly string[] } | null }>;
  /** `responses[i]` = the options chosen on item i (original keys), for choice items. */
  attempts: ReadonlyArray<AttemptInput & { responses?: ReadonlyArray<readonly string[]> }>;
  /** Pass mark as a % of the maximum total (default 60). */
  passPercent?: number;
}

export interface ItemAnalysis extends ItemFigures {
  distractors: DistractorAnalysis | null;
  flags: ItemFlag[];
}

export interface PaperAnalysis {
  items: ItemAnalysis[];
  test: TestFigures;
}

/** Analyses one paper. Throws RangeError (Chinese message) on inconsistent input. */
export function analysePaper(input: PaperAnalysisInput): PaperAnalysis {
  const matrix = paperMatrix(input.items, input.attempts);
  const figures = itemFigures(matrix);
  const items = figures.map((f, i): ItemAnalysis => {
    const choice = input.items[i]!.choice;
    const distractors = choice
      ? analyseDistractors({ options: choice.options, key: choice.key, responses: matrix.rank.map((a) => input.attempts[a]!.responses?.[i] ?? []) })
      : null;
    return { ...f, distractors, flags: itemFlags(f, distractors) };
  });
  return { items, test: testFigures(matrix, figures, input.passPercent) };
}
