// Item, test and rater analytics (pure; docs/analytics.md gives every definition and its source).
export { figure, round, undefinedFigure, UNDEFINED_REASONS, type Figure, type UndefinedReason } from "./figure";
export { isConstant, summarize, type Summary } from "./describe";
export { itemFigures, paperMatrix, type AttemptInput, type ItemFigures, type PaperItemInput, type PaperMatrix } from "./items";
export { analyseDistractors, type DistractorAnalysis, type DistractorInput, type OptionCount } from "./distractors";
export { FLAG_THRESHOLDS, ITEM_FLAGS, itemFlags, type ItemFlag } from "./flags";
export { areaPassRates, testFigures, type AreaPassRate, type AreaScoreInput, type TestFigures } from "./test-analysis";
export { analysePaper, type ItemAnalysis, type PaperAnalysis, type PaperAnalysisInput } from "./paper";
export {
  DEFAULT_SEVERITY_PERCENT,
  intraclassCorrelations,
  krippendorffAlpha,
  raterSeverity,
  type IccFigures,
  type KrippendorffFigures,
  type MeanSquares,
  type RaterSeverity,
  type RatingsInput,
} from "./raters";
