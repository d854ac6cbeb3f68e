import Link from "next/link";
import { notFound } from "next/navigation";
import type { LevelCode, TrackCode } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { loadSessionPage } from "@/server/sessions/load-session-page";
import { editorProps } from "@/ui/sessions/editor-labels";
import { PublishForm } from "@/ui/sessions/publish-form";
import { SessionEditor } from "@/ui/sessions/session-editor";
import { autoAssignAction, checkSessionAction, publishSessionAction, saveSessionAction } from "../actions";

// Admin only: a session's details, publish, edit (change-logged once published), print links.
export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/sessions/${id}` });
  const { t, locale } = await getTranslator();
  const { session, options } = await loadSessionPage({ sessionId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const none = t("sessions.detail.none");
  const link = "rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100";
  return (
    <div className="space-y-6">
      <Link href="/admin/sessions" className="text-blue-700 underline">
        {t("sessions.detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">{session.name}</h1>
      <section aria-labelledby="summary" className="space-y-2">
        <h2 id="summary" className="text-xl font-semibold">
          {t("sessions.detail.summary")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t("sessions.col.mode")}</dt>
          <dd>{t(`sessions.mode.${session.mode as "theory"}`)}</dd>
          <dt>{t("sessions.col.levelTrack")}</dt>
          <dd>
            {t(`standard.level.${session.level as LevelCode}`)} · {t(`standard.track.${session.track as TrackCode}`)}
          </dd>
          <dt>{t("sessions.detail.time")}</dt>
          <dd>
            {t("sessions.timeRange", { start: formatShanghai(session.startsAt, locale), end: formatShanghai(session.endsAt, locale) })}（{t("sessions.minutes", { minutes: session.minutes })}）
          </dd>
          <dt>{t("sessions.detail.status")}</dt>
          <dd>
            {t(`sessions.status.${session.status as "draft"}`)}
            {session.publishedAt && `（${t("sessions.detail.publishedAt", { at: formatShanghai(session.publishedAt, locale) })}）`}
          </dd>
          <dt>{t("sessions.detail.paper")}</dt>
          <dd>{session.paperName}</dd>
          {session.mode !== "theory" && (
            <>
              <dt>{t("sessions.detail.examiners")}</dt>
              <dd>{session.examiners.join("、") || none}</dd>
              <dt>{t("sessions.detail.chief")}</dt>
              <dd>{session.chiefExaminer ?? none}</dd>
            </>
          )}
        </dl>
        <h3 className="font-semibold">{t("sessions.detail.rooms")}</h3>
        <ul className="list-disc pl-6">
          {session.rooms.map((r) => (
            <li key={r.roomId}>{t("sessions.detail.roomLine", { name: r.name, count: r.candidates.length, proctors: r.proctors.join("、") || none })}</li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-2">
          <Link href={`/admin/sessions/${id}/seating`} className={link}>
            {t("sessions.detail.print")}：{t("sessions.detail.seating")}
          </Link>
          <Link href={`/admin/sessions/${id}/tickets`} className={link}>
            {t("sessions.detail.print")}：{t("sessions.detail.tickets")}
          </Link>
          <a href={`/api/admin/sessions/${id}/tickets/pdf`} className={link}>
            {t("sessions.detail.tickets")}（PDF）
          </a>
          {session.mode !== "theory" && session.status !== "draft" && (
            <>
              <Link href={`/admin/sessions/${id}/blind-codes`} className={link}>
                {t("examiner.codes.link")}
              </Link>
              <a href={`/api/admin/sessions/${id}/archive`} className={link}>
                {t("examiner.archive.link")}
              </a>
            </>
          )}
        </p>
      </section>
      {session.status === "draft" && (
        <section aria-labelledby="publish" className="space-y-2">
          <h2 id="publish" className="text-xl font-semibold">
            {t("sessions.detail.publish")}
          </h2>
          <PublishForm
            sessionId={id}
            action={publishSessionAction}
            labels={{ submit: t("sessions.detail.publish"), hint: t("sessions.detail.publishHint"), failed: t("sessions.detail.publishFailed") }}
          />
        </section>
      )}
      <section aria-labelledby="changes" className="space-y-2">
        <h2 id="changes" className="text-xl font-semibold">
          {t("sessions.detail.changes")}
        </h2>
        {session.changes.length === 0 ? (
          <p>{t("sessions.detail.noChanges")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("sessions.detail.changes")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["at", "actor", "summary"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`sessions.detail.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {session.changes.map((c) => (
                <tr key={c.id}>
                  <td className="border px-2 py-1 whitespace-nowrap">{formatShanghai(c.at, locale)}</td>
                  <td className="border px-2 py-1">{c.actor}</td>
                  <td className="border px-2 py-1">{c.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="edit" className="space-y-2">
        <h2 id="edit" className="text-xl font-semibold">
          {t("sessions.detail.edit")}
        </h2>
        {session.locked ? (
          <p>{t("sessions.detail.locked")}</p>
        ) : (
          <>
            {session.status === "published" && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2">{t("sessions.detail.editPublished")}</p>}
            <SessionEditor
              sessionId={id}
              initial={session.form}
              options={options}
              {...editorProps(t)}
              checkAction={checkSessionAction}
              autoAssignAction={autoAssignAction}
              saveAction={saveSessionAction}
            />
          </>
        )}
      </section>
    </div>
  );
}
