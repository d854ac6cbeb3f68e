"use client";

// The proctor's list of one candidate's events (what happened and when), opened from the count
// in the console. Loads once when opened; Esc or 关闭 closes it.
import { useEffect, useState } from "react";
import { Modal } from "./modal";

type Event = { kind: string; at: string; reason: string | null; minutes: number | null; actor: string | null };

export function EventList(props: { sessionId: string; attemptId: string; name: string; t: (key: string, params?: Record<string, string | number>) => string; onClose: () => void }) {
  const { t } = props;
  const [events, setEvents] = useState<Event[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetch(`/api/proctor/sessions/${props.sessionId}/attempts/${props.attemptId}`, { cache: "no-store" })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}));
        if (!live) return;
        if (res.ok) setEvents((body as { events: Event[] }).events);
        else setError(body?.error?.message ?? res.statusText);
      })
      .catch(() => live && setError("network"));
    return () => {
      live = false;
    };
  }, [props.sessionId, props.attemptId]);
  const time = (iso: string) => new Date(iso).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
  return (
    <Modal labelledBy="events-title" onClose={props.onClose}>
      <h2 id="events-title" className="text-lg font-semibold">
        {t("proctor.events.title", { name: props.name })}
      </h2>
      {error && <p role="alert">{error}</p>}
      {!events && !error && <p role="status">…</p>}
      {events && events.length === 0 && <p>{t("proctor.events.none")}</p>}
      {events && events.length > 0 && (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("proctor.events.title", { name: props.name })}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              <th scope="col" className="border px-2 py-1">
                {t("proctor.events.col.time")}
              </th>
              <th scope="col" className="border px-2 py-1">
                {t("proctor.events.col.what")}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i}>
                <td className="border px-2 py-1 font-mono">{time(e.at)}</td>
                <td className="border px-2 py-1">
                  {t(`proctor.event.${e.kind}`)}
                  {e.minutes !== null && ` ${t("proctor.extraGranted", { minutes: e.minutes })}`}
                  {e.reason && `：${e.reason}`}
                  {e.actor && `（${e.actor}）`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex justify-end">
        <button type="button" onClick={props.onClose} className="min-h-11 rounded border border-slate-300 px-4">
          {t("proctor.events.close")}
        </button>
      </div>
    </Modal>
  );
}
