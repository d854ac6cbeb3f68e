// Automatic checks of skill deliverables (issue 14): configured per deliverable by the author
// (CheckSpecSchema), run over what the probe read from the submission (runCheck), shown to the
// examiners as evidence, and scoring an automatic criterion (autoCriterionPoints). Pure domain
// code: no framework, ORM, I/O or clock. Findings carry i18n keys (src/i18n/messages/checks.*).
// The model: docs/skill-checks.md.
export { ABSOLUTE_TERM_EXCEPTIONS, ABSOLUTE_TERMS } from "./absolute-terms";
export { aspectWithin, canonicalFormat } from "./media";
export { checkSpecIssues, parseCheckSpec } from "./issues";
export { autoCriterionPoints, runCheck, type AutoScoreRule } from "./run";
export {
  AspectSchema,
  CHECK_KINDS,
  CheckSpecSchema,
  FieldRuleSchema,
  IMAGE_FORMATS,
  ImageFormatSchema,
  LengthUnitSchema,
  TableCompareOptionsSchema,
  TableSchema,
  VIDEO_FORMATS,
  VideoFormatSchema,
  normalizeHeader,
  type Aspect,
  type Cell,
  type CheckKind,
  type CheckSpec,
  type FieldRule,
  type ImageFormat,
  type LengthUnit,
  type ScalarFieldRule,
  type Table,
  type TableCompareOptions,
  type VideoFormat,
} from "./spec";
export { MAX_TABLE_FINDINGS } from "./table";
export { countCharacters, findTerms, normalizeText } from "./text";
export {
  FINDING_KEYS,
  PROBE_ERROR_KEYS,
  type CheckEvidence,
  type CheckResult,
  type FileEvidence,
  type Finding,
  type FindingKey,
  type FindingParams,
  type ProbeErrorKey,
} from "./types";
