import { notFound } from "next/navigation";
import type { LevelCode, TrackCode } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { getSession } from "@/server/sessions/get-session";
import { PrintStyle } from "@/ui/sessions/print-style";

// Admin only: per room a door list and a seating list with signature column, one A4 page each.
export default async function SeatingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/sessions/${id}/seating` });
  const { t, locale } = await getTranslator();
  const s = await getSession({ sessionId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const when = t("sessions.timeRange", { start: formatShanghai(s.startsAt, locale), end: formatShanghai(s.endsAt, locale) });
  const sub = `${t(`sessions.mode.${s.mode as "theory"}`)} · ${t(`standard.level.${s.level as LevelCode}`)} · ${t(`standard.track.${s.track as TrackCode}`)} · ${when}`;
  const rooms = s.rooms.filter((r) => r.candidates.length > 0);
  return (
    <div className="space-y-6">
      <PrintStyle />
      <h1 className="no-print text-2xl font-bold">{t("sessions.seating.title", { name: s.name })}</h1>
      <p className="no-print text-sm text-slate-700">{t("sessions.print.hint")}</p>
      {rooms.length === 0 && <p>{t("sessions.seating.empty")}</p>}
      {rooms.map((r, i) => {
        const tickets = r.candidates.map((c) => c.ticketNumber).sort();
        return (
          <div key={r.roomId}>
            <section className="print-sheet space-y-4 border border-slate-300 bg-white p-8 text-center" aria-label={`${t("sessions.seating.door")} ${r.name}`}>
              <p className="text-lg">{t("sessions.seating.door")}</p>
              <h2 className="text-4xl font-bold">{t("sessions.seating.doorRoom", { index: i + 1, room: r.name })}</h2>
              <p className="text-xl">{s.name}</p>
              <p>{sub}</p>
              {r.location && <p>{r.location}</p>}
              <p className="text-xl">{t("sessions.seating.doorRange", { first: tickets[0] ?? "", last: tickets[tickets.length - 1] ?? "", count: tickets.length })}</p>
            </section>
            <section className="print-sheet mt-6 space-y-2 bg-white p-4">
              <h2 className="text-xl font-bold">{t("sessions.seating.list", { room: r.name })}</h2>
              <p className="text-sm">
                {s.name} · {sub}
              </p>
              <p className="text-sm">{t("sessions.seating.proctors", { names: r.proctors.join("、") || t("sessions.detail.none") })}</p>
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("sessions.seating.list", { room: r.name })}</caption>
                <thead>
                  <tr className="text-left">
                    {(["seat", "name", "ticket", "idNumber", ...(s.mode === "theory" ? (["paper"] as const) : []), "signature"] as const).map((c) => (
                      <th key={c} scope="col" className="border border-slate-500 px-2 py-1">
                        {t(`sessions.seating.col.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.candidates.map((c) => (
                    <tr key={c.id}>
                      <td className="border border-slate-500 px-2 py-1">{c.seat}</td>
                      <td className="border border-slate-500 px-2 py-1">{c.name}</td>
                      <td className="border border-slate-500 px-2 py-1 font-mono">{c.ticketNumber}</td>
                      <td className="border border-slate-500 px-2 py-1 font-mono">{c.idNumberMasked}</td>
                      {s.mode === "theory" && <td className="border border-slate-500 px-2 py-1">{c.paper}</td>}
                      <td className="border border-slate-500 px-2 py-1 w-32" />
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        );
      })}
    </div>
  );
}
