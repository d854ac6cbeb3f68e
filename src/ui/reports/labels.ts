// Labels of the reports pages through the i18n catalogue.
import type { Translate } from "@/i18n";
import { formatScore, formatScoreExact } from "@/grading";
import { dutyName } from "@/exam/labels";
import type { DutyCode } from "@/standard";

export const areaName = (t: Translate, area: string): string =>
  area === "ethics" || area === "basics" ? t(`area.${area}`) : `${t("area.duty", { duty: area })} ${dutyName(area as DutyCode)}`;

export const levelName = (t: Translate, level: string): string => (level === "5" || level === "4" ? t(`standard.level.${level}`) : level);

export const trackName = (t: Translate, track: string): string =>
  track === "online-merchant" || track === "cross-border" ? t(`standard.track.${track}`) : track;

export const typeName = (t: Translate, type: string): string =>
  type === "true-false" || type === "single" || type === "multiple" ? t(`item.type.${type}`) : type;

export const passName = (t: Translate, passed: boolean | null | undefined): string =>
  passed === null || passed === undefined ? t("reports.result.none") : passed ? t("reports.result.pass") : t("reports.result.fail");

export const overallName = (t: Translate, overall: "pass" | "fail" | "incomplete"): string => t(`reports.result.${overall}`);

/** One decimal, truncated (the display rule); "—" without a score. */
export const shown = (t: Translate, h: number | null | undefined): string => (h === null || h === undefined ? t("reports.result.none") : formatScore(h));

/** Two decimals, exact. */
export const exact = (t: Translate, h: number | null | undefined): string => (h === null || h === undefined ? t("reports.result.none") : formatScoreExact(h));

/** A 4-decimal ratio as a percentage with one decimal. */
export const percent = (rate: number | null): string => (rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
