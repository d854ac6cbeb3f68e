import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { resitCandidates } from "@/server/decisions/resit-candidates";
import { getTranslator } from "@/server/i18n";
import { listRooms } from "@/server/sessions/list-rooms";
import { levelOptions, levelTrack, scoreText, trackOptions } from "@/ui/certificates/labels";
import { SelectFilter } from "@/ui/certificates/select-filter";
import { CohortForm } from "@/ui/sessions/cohort-form";
import { editorProps } from "@/ui/sessions/editor-labels";
import { scheduleCohortAction } from "../sessions/actions";

export const dynamic = "force-dynamic";

// Admin only: resits (补考) — who must sit a part again, and scheduling them into draft sessions
// with the same rules as any session.
export default async function ResitsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/resits" });
  const { t } = await getTranslator();
  const q = await searchParams;
  const level = q.level === "4" ? "4" : "5";
  const track = q.track === "cross-border" ? "cross-border" : "online-merchant";
  const mode = q.mode === "skill" ? "skill" : "theory";
  const [due, rooms] = await Promise.all([resitCandidates({ level, track, mode, now: new Date() }), listRooms()]);
  const { modes, levels, tracks } = editorProps(t);
  const keys = ["name", "sittings", "rooms", "submit", "working", "done", "failed", "shortages", "violations", "open"] as const;
  return (
    <div className="space-y-5">
      <p>
        <Link className="text-blue-700 underline" href="/admin/certificates">← {t("cert.title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("resit.title")}</h1>
      <p>{t("resit.help")}</p>
      <SelectFilter
        t={t}
        submit={t("candidates.filter.submit")}
        values={{ level, track, mode }}
        fields={[
          { name: "level", label: t("cert.filter.level"), options: levelOptions(t), all: false },
          { name: "track", label: t("cert.filter.track"), options: trackOptions(t), all: false },
          { name: "mode", label: t("resit.part"), options: (["theory", "skill"] as const).map((m) => ({ value: m, label: t(`decision.part.${m}`) })), all: false },
        ]}
      />
      <section aria-labelledby="due" className="space-y-2">
        <h2 id="due" className="text-lg font-semibold">{t("resit.due", { levelTrack: levelTrack(t, level, track), part: t(`decision.part.${mode}`), count: due.length })}</h2>
        {due.length === 0 ? (
          <p className="text-slate-600">{t("resit.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("resit.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["name", "ticket", "status", "score"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">{t(`resit.col.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {due.map((c) => {
                const part = c.decision.parts.find((p) => p.mode === mode)!;
                return (
                  <tr key={c.id}>
                    <td className="border px-2 py-1">
                      <Link className="text-blue-700 underline" href={`/admin/candidates/${c.id}/decision`}>{c.name}</Link>
                    </td>
                    <td className="border px-2 py-1 font-mono">{c.ticketNumber}</td>
                    <td className="border px-2 py-1">{t(`decision.status.${part.status}`)}</td>
                    <td className="border px-2 py-1">{scoreText(part.score)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="schedule" className="space-y-2">
        <h2 id="schedule" className="text-lg font-semibold">{t("resit.schedule")}</h2>
        <p className="text-sm">{t("resit.schedule.help")}</p>
        <CohortForm
          action={scheduleCohortAction}
          purpose="resit"
          modes={modes.filter((m) => m.key === mode)}
          levels={levels.filter((l) => l.key === level)}
          tracks={tracks.filter((x) => x.key === track)}
          rooms={rooms.map((r) => ({ key: r.id, text: t("sessions.form.roomOption", { name: r.name, kind: t(`rooms.kind.${r.kind}`), capacity: r.capacity }) }))}
          labels={{
            ...Object.fromEntries(keys.map((k) => [k, t(`sessions.cohort.${k}`)])),
            mode: t("sessions.form.mode"),
            level: t("sessions.form.level"),
            track: t("sessions.form.track"),
            minutes: t("sessions.form.minutes"),
          }}
        />
      </section>
    </div>
  );
}
