// Chinese labels used in assembly reports and refusal messages. Names come from the standard.
import { standard } from "../standard";
import type { AreaCode, DutyCode, LevelCode, TrackCode } from "../standard/schema";
import type { ItemType } from "./types";

export const ITEM_TYPE_NAMES: Readonly<Record<ItemType, string>> = {
  "true-false": "判断题",
  single: "单选题",
  multiple: "多选题",
};

export function levelName(level: LevelCode): string {
  return standard.profile.levels.find((l) => l.code === level)?.name ?? level;
}

export function trackName(track: TrackCode): string {
  return standard.profile.tracks.find((t) => t.code === track)?.name ?? track;
}

export function dutyName(duty: DutyCode): string {
  return standard.duties.find((d) => d.code === duty)?.name ?? duty;
}

/** Plain name of an area: 职业道德, 基础知识, or the duty's name. */
export function areaName(area: AreaCode): string {
  if (area === "ethics") return "职业道德";
  if (area === "basics") return "基础知识";
  return dutyName(area);
}

/** Area as used in messages: 职业道德, 基础知识, or "职业功能 4 业务处理". */
export function areaLabel(area: AreaCode): string {
  if (area === "ethics" || area === "basics") return areaName(area);
  return `职业功能 ${area} ${dutyName(area)}`;
}

/** "四级/中级工·跨境电子商务师" */
export function levelTrackLabel(level: LevelCode, track: TrackCode): string {
  return `${levelName(level)}·${trackName(track)}`;
}

/** Hundredths of a point as a point string: 500 -> "5", 250 -> "2.5", -5 -> "-0.05". */
export function formatPoints(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

/** Points (a number with at most 2 decimals) to integer hundredths, or undefined if not exact. */
export function toHundredths(points: number): number | undefined {
  if (!Number.isFinite(points)) return undefined;
  const h = Math.round(points * 100);
  return Math.abs(points * 100 - h) < 1e-6 ? h : undefined;
}
