// Names used in the PDFs, through the pdf.* catalogue (duty names from the standard).
import type { Translate } from "@/i18n";
import { dutyName } from "@/exam";
import type { DutyCode } from "@/standard";

export const levelName = (t: Translate, level: string): string => (level === "5" || level === "4" ? t(`pdf.level.${level}`) : level);

export const trackName = (t: Translate, track: string): string =>
  track === "online-merchant" || track === "cross-border" ? t(`pdf.track.${track}`) : track;

export const modeName = (t: Translate, mode: string): string => (mode === "theory" || mode === "skill" || mode === "review" ? t(`pdf.mode.${mode}`) : mode);

export const areaName = (t: Translate, area: string): string =>
  area === "ethics" || area === "basics" ? t(`pdf.area.${area}`) : t("pdf.area.duty", { duty: area, name: dutyName(area as DutyCode) });

/** Calendar date in Asia/Shanghai, e.g. "2025/06/20" (zh-CN) or "06/20/2025" (en). */
export function shanghaiDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
