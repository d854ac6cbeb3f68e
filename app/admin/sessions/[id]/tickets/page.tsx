import { notFound } from "next/navigation";
import type { LevelCode, TrackCode } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { candidatesWithPhoto } from "@/server/photos/get-photo";
import { getSession } from "@/server/sessions/get-session";
import { CandidatePhoto } from "@/ui/certificates/candidate-photo";
import { PrintStyle } from "@/ui/sessions/print-style";

// Admin only: admission tickets (准考证), one A4 page per candidate, ready to print or save as PDF.
export default async function TicketsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/sessions/${id}/tickets` });
  const { t, locale } = await getTranslator();
  const s = await getSession({ sessionId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const when = t("sessions.timeRange", { start: formatShanghai(s.startsAt, locale), end: formatShanghai(s.endsAt, locale) });
  const tickets = s.rooms.flatMap((r) => r.candidates.map((c) => ({ ...c, room: r.name, location: r.location })));
  const photos = await candidatesWithPhoto(tickets.map((c) => c.id));
  return (
    <div className="space-y-6">
      <PrintStyle />
      <h1 className="no-print text-2xl font-bold">{t("sessions.tickets.title", { name: s.name })}</h1>
      <p className="no-print text-sm text-slate-700">{t("sessions.print.hint")}</p>
      {tickets.length === 0 && <p>{t("sessions.tickets.empty")}</p>}
      {tickets.map((c) => {
        const rows: Array<[string, string]> = [
          [t("sessions.tickets.name"), c.name],
          [t("sessions.tickets.ticket"), c.ticketNumber],
          [t("sessions.tickets.idNumber"), c.idNumberMasked],
          [t("sessions.tickets.levelTrack"), `${t(`standard.level.${s.level as LevelCode}`)} · ${t(`standard.track.${s.track as TrackCode}`)}`],
          [t("sessions.tickets.mode"), t(`sessions.mode.${s.mode as "theory"}`)],
          [t("sessions.tickets.session"), s.name],
          [t("sessions.tickets.time"), when],
          [t("sessions.tickets.room"), c.room],
          [t("sessions.tickets.seat"), String(c.seat)],
          ...(c.location ? ([[t("sessions.tickets.location"), c.location]] as Array<[string, string]>) : []),
        ];
        return (
          <article key={c.id} className="print-sheet mx-auto max-w-2xl space-y-4 border-2 border-slate-700 bg-white p-8" aria-label={`${t("sessions.tickets.heading")} ${c.name}`}>
            <h2 className="text-center text-2xl font-bold">{t("sessions.tickets.heading")}</h2>
            <div className="float-right">
              <CandidatePhoto t={t} candidateId={c.id} name={c.name} hasPhoto={photos.has(c.id)} />
            </div>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-lg">
              {rows.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-semibold">{k}</dt>
                  <dd className={k === t("sessions.tickets.ticket") ? "font-mono text-xl" : ""}>{v}</dd>
                </div>
              ))}
            </dl>
            <p className="border-t border-slate-400 pt-3 text-sm">{t("sessions.tickets.notes")}</p>
          </article>
        );
      })}
    </div>
  );
}
