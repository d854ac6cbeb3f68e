// The session editor's labels from the catalogue (built on the server, passed as props).
import type { Translate } from "@/i18n";
import { AssessmentModeSchema, LEVEL_CODES, TRACK_CODES } from "@/standard";

export function editorProps(t: Translate) {
  const k = (key: string) => t(`sessions.form.${key}` as Parameters<Translate>[0]);
  const names = [
    "basics", "name", "mode", "level", "track", "startsAt", "startsAtHint", "minutes", "minutesHint", "paper", "plan", "noPaper", "rooms", "roomsHint",
    "roomOption", "noRooms", "candidates", "candidatesHint", "candidatesCount", "selectAll", "selectNone", "noCandidates", "pick", "roomOf",
    "unassigned", "unassignedWarning", "autoAssign", "autoAssignHint", "autoAssigning", "shortages", "assigned", "staff", "proctorOf",
    "examiners", "reviewers", "noExaminers", "chief", "noChief", "save", "saving", "checking", "ok", "violations", "error", "checkError",
  ];
  const labels: Record<string, string> = Object.fromEntries(names.map((n) => [n, k(n)]));
  labels["roomHeading"] = t("sessions.form.room.heading");
  labels["proctors"] = t("sessions.form.room.proctors");
  labels["noProctors"] = t("sessions.form.room.noProctors");
  return {
    labels,
    modes: AssessmentModeSchema.options.map((m) => ({ key: m, text: t(`sessions.mode.${m}`) })),
    levels: LEVEL_CODES.map((l) => ({ key: l, text: t(`standard.level.${l}`) })),
    tracks: TRACK_CODES.map((tr) => ({ key: tr, text: t(`standard.track.${tr}`) })),
  };
}
