// What a check reads (evidence) and what it returns (result with findings). Pure types.
import type { CheckKind, Table } from "./spec";

/** Every message key a finding can carry; the checks catalogue (src/i18n) has each of them. */
export const FINDING_KEYS = [
  "checks.evidence.noText",
  "checks.evidence.noField",
  "checks.evidence.noFile",
  "checks.file.notImage",
  "checks.file.notVideo",
  "checks.file.notTable",
  "checks.file.error",
  "checks.probe.unreadable",
  "checks.probe.noVideoTrack",
  "checks.probe.noDuration",
  "checks.probe.tableEmpty",
  "checks.probe.tableTooLarge",
  "checks.textLength.atLeastMin",
  "checks.textLength.underMin",
  "checks.textLength.withinMax",
  "checks.textLength.overMax",
  "checks.textLength.widthUnit",
  "checks.requiredWords.found",
  "checks.requiredWords.missing",
  "checks.requiredWords.enough",
  "checks.requiredWords.tooFew",
  "checks.forbiddenWords.none",
  "checks.forbiddenWords.found",
  "checks.media.formatOk",
  "checks.media.formatBad",
  "checks.media.widthOk",
  "checks.media.widthBad",
  "checks.media.heightOk",
  "checks.media.heightBad",
  "checks.media.aspectOk",
  "checks.media.aspectBad",
  "checks.video.durationOk",
  "checks.video.durationUnderMin",
  "checks.video.durationOverMax",
  "checks.table.summary",
  "checks.table.columnMissing",
  "checks.table.columnExtra",
  "checks.table.rowMissing",
  "checks.table.rowExtra",
  "checks.table.rowDuplicate",
  "checks.table.rowBlank",
  "checks.table.rowOutlier",
  "checks.table.rowOrder",
  "checks.table.cellBlank",
  "checks.table.cellNotBlank",
  "checks.table.cellNumberAsText",
  "checks.table.cellTextAsNumber",
  "checks.table.cellOutlier",
  "checks.table.cellDiffers",
  "checks.table.more",
  "checks.fields.ok",
  "checks.fields.missing",
  "checks.fields.tooShort",
  "checks.fields.tooLong",
  "checks.fields.pattern",
  "checks.fields.patternHint",
  "checks.fields.notAllowed",
  "checks.fields.notNumber",
  "checks.fields.belowMin",
  "checks.fields.aboveMax",
  "checks.fields.notInteger",
  "checks.fields.decimals",
  "checks.fields.notBoolean",
  "checks.fields.mustBeTrue",
  "checks.fields.mustBeFalse",
  "checks.fields.notRows",
  "checks.fields.rowsTooFew",
  "checks.fields.rowsTooMany",
  "checks.fields.rowDuplicate",
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/** Probe errors (`CheckEvidence.files[].error`) are finding keys too; params: { name }. */
export const PROBE_ERROR_KEYS = [
  "checks.probe.unreadable",
  "checks.probe.noVideoTrack",
  "checks.probe.noDuration",
  "checks.probe.tableEmpty",
  "checks.probe.tableTooLarge",
] as const satisfies readonly FindingKey[];
export type ProbeErrorKey = (typeof PROBE_ERROR_KEYS)[number];

export type FindingParams = Record<string, string | number>;
export type Finding = { ok: boolean; key: FindingKey; params?: FindingParams };

/** What the probe found in one submitted file (src/server/skill/probe). */
export type FileEvidence = {
  name: string;
  image?: { format: string; width: number; height: number };
  /** width/height (displayed, after rotation) when the file has a video track that says so. */
  video?: { format: string; durationSeconds: number; width?: number; height?: number };
  table?: Table;
  /** A ProbeErrorKey when the file could not be read as what its type says it is. */
  error?: string;
};

/** Everything a deliverable's checks can look at. */
export type CheckEvidence = {
  /** Text deliverable (rich text: its plain text). */
  text?: string;
  /** Structured-fields deliverable, incl. row lists (arrays of objects). */
  fields?: Record<string, unknown>;
  files?: FileEvidence[];
};

export type CheckResult = {
  kind: CheckKind;
  /** True when every condition is met (and there was at least one). */
  passed: boolean;
  /** met / total, 0..1 (0 when total is 0). */
  fraction: number;
  /** Conditions met and counted (integers), so that points can be computed exactly. */
  met: number;
  total: number;
  findings: Finding[];
};
