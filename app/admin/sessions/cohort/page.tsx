import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { listRooms } from "@/server/sessions/list-rooms";
import { CohortForm } from "@/ui/sessions/cohort-form";
import { editorProps } from "@/ui/sessions/editor-labels";
import { scheduleCohortAction } from "../actions";

// Admin only: schedule a whole cohort into rooms and sittings in one step.
export default async function CohortPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/sessions/cohort" });
  const { t } = await getTranslator();
  const rooms = await listRooms();
  const { modes, levels, tracks } = editorProps(t);
  const keys = ["name", "sittings", "rooms", "submit", "working", "done", "failed", "shortages", "violations", "open"] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("sessions.cohort.title")}</h1>
      <p>{t("sessions.cohort.intro")}</p>
      <CohortForm
        action={scheduleCohortAction}
        modes={modes.filter((m) => m.key !== "review")}
        levels={levels}
        tracks={tracks}
        rooms={rooms.map((r) => ({ key: r.id, text: t("sessions.form.roomOption", { name: r.name, kind: t(`rooms.kind.${r.kind}`), capacity: r.capacity }) }))}
        labels={{
          ...Object.fromEntries(keys.map((k) => [k, t(`sessions.cohort.${k}`)])),
          mode: t("sessions.form.mode"),
          level: t("sessions.form.level"),
          track: t("sessions.form.track"),
          minutes: t("sessions.form.minutes"),
        }}
      />
    </div>
  );
}
