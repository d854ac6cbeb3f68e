// Chinese labels used in exported files (the export's headers and values are always zh-CN, the
// language of the standard and of the systems that import them), taken from the i18n catalogue.
import { translate } from "@/i18n";
import type { OverallResult } from "@/grading";
import { areaLabel as standardAreaLabel } from "@/exam/labels";
import { AREA_CODES, type AreaCode, type LevelCode, type TrackCode } from "@/standard";

/** 职业道德, 基础知识, or "职业功能 1 产品及服务信息管理" (the standard's duty name). */
export const areaLabel = (area: string): string =>
  area === "ethics" || area === "basics" ? translate("zh-CN", `area.${area}`) : AREA_CODES.includes(area as AreaCode) ? standardAreaLabel(area as AreaCode) : `职业功能 ${area}`;

export const levelLabel = (level: string): string =>
  level === "5" || level === "4" ? translate("zh-CN", `standard.level.${level as LevelCode}`) : level;

export const trackLabel = (track: string): string =>
  track === "online-merchant" || track === "cross-border" ? translate("zh-CN", `standard.track.${track as TrackCode}`) : track;

export const itemTypeLabel = (type: string): string =>
  type === "true-false" || type === "single" || type === "multiple" ? translate("zh-CN", `item.type.${type}`) : type;

export const passLabel = (passed: boolean | null | undefined): string => (passed === null || passed === undefined ? "" : passed ? "合格" : "不合格");

export const OVERALL_LABELS: Record<OverallResult, string> = { pass: "合格", fail: "不合格", incomplete: "成绩不全" };

/** Areas in the standard's order (ethics, basics, duties 1..6). */
export const sortAreas = (areas: Iterable<string>): AreaCode[] =>
  AREA_CODES.filter((a) => new Set(areas).has(a));
