// The analysis command (`npm run -s analyze -- items|raters <file.csv> [options]`, docs/analytics.md):
// reads the file, runs src/grading/analytics and prints JSON. Returns the exit code and the text
// for stdout / stderr, so it is tested without spawning a process.
import {
  analysePaper,
  DEFAULT_SEVERITY_PERCENT,
  intraclassCorrelations,
  ITEM_FLAGS,
  krippendorffAlpha,
  raterSeverity,
  UNDEFINED_REASONS,
} from "@/grading/analytics";
import { translate } from "@/i18n";
import { AnalysisFileError } from "./csv-table";
import { readMarksFile } from "./read-marks-file";
import { readRatingsFile } from "./read-ratings-file";

export type CommandResult = { code: number; stdout: string; stderr: string };

export const USAGE = `用法 / usage:
  npm run -s analyze -- items <marks.csv> [--pass <percent>]
  npm run -s analyze -- raters <ratings.csv> [--max <full marks>]

items:  表头一行（编号列，其后每题一列），其后每次作答一行：编号，再每题得分占该题满分的比例（0–1）。
        a header row (an id column, then one column per item), then one row per attempt: its id,
        then each item's mark as a fraction of the item's maximum (0–1).
        --pass  及格线占总分的百分比 / pass mark as a % of the maximum total (default 60)
raters: 表头一行（编号列，其后每名评分人一列），其后每个评分对象一行；未评分留空。
        a header row (an id column, then one column per rater), then one row per rated target;
        an empty cell = not rated.
        --max   评分的满分，用于严宽度标记阈值（其 5%）/ the ratings' full marks, for the severity
                flag threshold (5 % of it; default: the largest rating in the file)
JSON 结构与各指标定义见 docs/analytics.md / JSON shape and definitions: docs/analytics.md`;

/** Numbers rounded to 6 decimals for printing (integers unchanged). */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6 || 0;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const meanings = () => ({
  flags: Object.fromEntries(ITEM_FLAGS.map((f) => [f, `${translate("zh-CN", `analytics.flag.${f}`)}：${translate("zh-CN", `analytics.flagExplain.${f}`)}`])),
  reasons: Object.fromEntries(UNDEFINED_REASONS.map((r) => [r, translate("zh-CN", `analytics.reason.${r}`)])),
});

function option(args: string[], name: string): { value: number | null; error: string | null } {
  const i = args.indexOf(name);
  if (i < 0) return { value: null, error: null };
  const n = Number(args[i + 1]);
  if (args[i + 1] === undefined || !Number.isFinite(n) || n <= 0) return { value: null, error: `${name} 须为正数 / ${name} must be a positive number` };
  return { value: n, error: null };
}

function analyseItems(fileName: string, bytes: Uint8Array, args: string[]) {
  const pass = option(args, "--pass");
  if (pass.error) throw new AnalysisFileError([pass.error]);
  if (pass.value !== null && pass.value > 100) throw new AnalysisFileError(["--pass 须在 0 到 100 之间 / --pass must be from 0 to 100"]);
  const input = readMarksFile(bytes);
  const { items, test } = analysePaper({ ...input, passPercent: pass.value ?? undefined });
  return {
    kind: "items",
    file: fileName,
    attempts: input.attempts.length,
    items: items.map(({ id, maxMark: _max, markVariance: _v, distractors: _d, ...rest }) => ({ item: id, ...rest })),
    test: {
      ...test,
      histogram: test.histogram.map((b) => ({ fromPercent: b.from / 100, toPercent: b.to / 100, count: b.count })),
    },
    meanings: meanings(),
  };
}

function analyseRaters(fileName: string, bytes: Uint8Array, args: string[]) {
  const max = option(args, "--max");
  if (max.error) throw new AnalysisFileError([max.error]);
  const input = readRatingsFile(bytes);
  const observed = Math.max(0, ...input.targets.flatMap((t) => t.ratings.filter((r): r is number => r !== null)));
  const scaleMax = max.value ?? observed;
  const threshold = (DEFAULT_SEVERITY_PERCENT * scaleMax) / 100;
  return {
    kind: "raters",
    file: fileName,
    raters: input.raters,
    targets: input.targets.length,
    ratings: input.targets.reduce((s, t) => s + t.ratings.filter((r) => r !== null).length, 0),
    icc: intraclassCorrelations(input),
    krippendorff: krippendorffAlpha(input),
    severity: {
      scaleMax,
      scaleMaxFrom: max.value === null ? "largest rating in the file" : "--max",
      threshold,
      raters: raterSeverity(input, threshold).map(({ adjudicated: _a, adjudicatedShare: _s, ...rest }) => rest),
    },
    meanings: meanings(),
  };
}

/** Runs the command. `readFile` returns the file's bytes (throws when it cannot be read). */
export async function runAnalyze(args: string[], readFile: (path: string) => Promise<Uint8Array>): Promise<CommandResult> {
  const [kind, file, ...rest] = args;
  if ((kind !== "items" && kind !== "raters") || !file || file.startsWith("--")) return { code: 2, stdout: "", stderr: `${USAGE}\n` };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { code: 1, stdout: "", stderr: `无法读取文件 ${file} / cannot read ${file}: ${(e as Error).message}\n` };
  }
  try {
    const result = kind === "items" ? analyseItems(file, bytes, rest) : analyseRaters(file, bytes, rest);
    return { code: 0, stdout: `${JSON.stringify(rounded(result), null, 2)}\n`, stderr: "" };
  } catch (e) {
    if (e instanceof AnalysisFileError) return { code: 1, stdout: "", stderr: `${file}：文件有问题，未作分析 / the file was not analysed:\n${e.problems.map((p) => `- ${p}`).join("\n")}\n` };
    throw e;
  }
}
