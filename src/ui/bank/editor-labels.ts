import type { Translate } from "@/i18n";
import { dutyName } from "@/exam/labels";
import { ITEM_USES } from "@/exam/practice";
import { ITEM_TYPES } from "@/exam/types";
import { LEVEL_CODES, TRACK_CODES, type DutyCode } from "@/standard";

export function itemEditorProps(t: Translate) {
  return {
    labels: {
      type: t("item.field.type"),
      stem: t("item.field.stem"),
      option: t("item.field.option"),
      answer: t("item.field.answer"),
      levels: t("item.field.levels"),
      tracks: t("item.field.tracks"),
      tag: t("item.field.tag"),
      difficulty: t("item.field.difficulty"),
      explanation: t("item.field.explanation"),
      status: t("item.field.status"),
      labels: t("item.field.labels"),
      use: t("itemUse.field"),
      save: t("item.save"),
      preview: t("item.preview"),
      previewHint: t("item.preview.hint"),
      image: t("exam.itemImage"),
    },
    choices: {
      types: ITEM_TYPES.map((k) => ({ key: k, text: t(`item.type.${k}`) })),
      levels: LEVEL_CODES.map((k) => ({ key: k, text: t(`standard.level.${k}`) })),
      tracks: TRACK_CODES.map((k) => ({ key: k, text: t(`standard.track.${k}`) })),
      statuses: (["draft", "active", "retired"] as const).map((k) => ({ key: k, text: t(`item.status.${k}`) })),
      uses: ITEM_USES.map((k) => ({ key: k, text: t(`itemUse.${k}`) })),
    },
  };
}

export function areaLabel(t: Translate, area: string | null | undefined): string {
  if (area === "ethics") return t("area.ethics");
  if (area === "basics") return t("area.basics");
  // "职业功能 1 产品及服务信息管理": the number and the standard's name of the duty.
  return area ? `${t("area.duty", { duty: area })} ${dutyName(area as DutyCode)}` : "—";
}
