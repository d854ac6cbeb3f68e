// Labels of the practice tree's parts for the pages (server side): areas and work contents as
// the standard names them.
import { describeContent, dutyName } from "@/exam";
import type { Translate } from "@/i18n";
import type { AreaCode, DutyCode } from "@/standard";

/** 职业道德, 基础知识, or "职业功能 1 产品及服务信息管理". */
export function areaTitle(t: Translate, area: AreaCode | string): string {
  if (area === "ethics") return t("area.ethics");
  if (area === "basics") return t("area.basics");
  return `${t("area.duty", { duty: area })} ${dutyName(area as DutyCode)}`;
}

/** "1.2 网店装修" (with the level for level-4 trees, which hold level-5 contents too). */
export function contentTitle(t: Translate, key: string, withLevel = false): string {
  const c = describeContent(key);
  if (!c) return key;
  if (key === "ethics") return c.name;
  const level = withLevel && c.level ? `${t(`standard.level.${c.level}`).split("/")[0]} ` : "";
  return `${level}${c.code} ${c.name}`;
}
