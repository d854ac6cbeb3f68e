import type { Translate } from "@/i18n";
import { DUTY_CODES, LEVEL_CODES, TRACK_CODES, standard } from "@/standard";

export function taskEditorProps(t: Translate) {
  return {
    labels: {
      title: t("task.field.title"),
      level: t("task.field.level"),
      tracks: t("item.field.tracks"),
      duty: t("task.field.duty"),
      skills: t("task.field.skills"),
      instructions: t("task.field.instructions"),
      materials: t("task.field.materials"),
      minutes: t("task.field.minutes"),
      points: t("task.field.points"),
      rubric: t("task.field.rubric"),
      status: t("item.field.status"),
      save: t("item.save"),
    },
    choices: {
      levels: LEVEL_CODES.map((k) => ({ key: k, text: t(`standard.level.${k}`) })),
      tracks: TRACK_CODES.map((k) => ({ key: k, text: t(`standard.track.${k}`) })),
      duties: DUTY_CODES.map((k) => ({ key: k, text: `${k}. ${standard.duties.find((d) => d.code === k)?.name ?? ""}` })),
      statuses: (["draft", "active", "retired"] as const).map((k) => ({ key: k, text: t(`item.status.${k}`) })),
    },
  };
}
