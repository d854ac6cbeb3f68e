// Public API of src/exam: theory-paper blueprint and assembly (组卷), per-candidate order,
// conformance reports, and skill-assessment assembly. Pure domain code.
export * from "./types";
export { createRng, hashSeed, pick, shuffle, type Rng } from "./random";
export {
  AREA_ORDER,
  DEFAULT_STRUCTURE,
  FULL_MARKS,
  buildBlueprint,
  normalizeStructure,
  type Blueprint,
  type BlueprintArea,
  type BlueprintRejection,
  type BlueprintResult,
  type BlueprintSection,
  type BuildBlueprintInput,
  type PaperStructure,
} from "./blueprint";
export {
  assembleForms,
  assemblePaper,
  eligibleItems,
  prepareBank,
  type PreparedBank,
  type PreparedCell,
  type AssembleFormsInput,
  type AssembleFormsResult,
  type AssemblePaperInput,
  type AssemblePaperResult,
  type AvoidMode,
  type FormLabel,
  type Paper,
  type PaperItem,
  type Shortage,
} from "./assemble-paper";
export {
  candidateOrder,
  displayKeyMap,
  originalKeyMap,
  toDisplayKeys,
  toOriginalKeys,
  type CandidateOrder,
  type CandidateOrderInput,
} from "./candidate-order";
export { paperConformance, type AreaConformance, type PaperConformance, type PaperConformanceInput } from "./conformance";
export {
  assembleSkillAssessment,
  eligibleTasks,
  skillConformance,
  type AssembleSkillInput,
  type AssembleSkillResult,
  type SkillAssessment,
  type SkillConformance,
  type SkillDutyAllocation,
  type SkillDutyConformance,
  type SkillShortage,
  type SkillTaskRef,
} from "./assemble-skill";
export {
  ITEM_TYPE_NAMES,
  areaLabel,
  areaName,
  dutyName,
  formatPoints,
  levelName,
  levelTrackLabel,
  toHundredths,
  trackName,
} from "./labels";
export * from "./schedule-rules";
export * from "./practice";
