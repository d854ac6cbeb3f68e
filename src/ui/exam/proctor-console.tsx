"use client";

// The proctor console: live (polls every 3 s), per room: open the exam, see each candidate's
// state and progress, and act with a recorded reason.
import { messageLookup } from "@/i18n/interpolate";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { EventList } from "./event-list";

type Row = {
  seat: number;
  candidateId: string;
  name: string;
  ticketNumber: string;
  /** A photo for the identity check at the door (/api/photos/<candidateId>). */
  hasPhoto: boolean;
  attemptId: string | null;
  state: "not-started" | "in-progress" | "paused" | "offline" | "submitted";
  answered: number;
  total: number;
  events: number;
  lastSeenAt: string | null;
  remainingSeconds: number | null;
  extraMinutes: number;
};
type Data = { session: { id: string; name: string }; serverNow: string; rooms: Array<{ sessionRoomId: string; name: string; openedAt: string | null; candidates: Row[] }> };
type Action = "extra-time" | "pause" | "resume" | "irregularity" | "end";

const mmss = (s: number | null) => (s === null ? "—" : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);

export function ProctorConsole({ sessionId, messages }: { sessionId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const [data, setData] = useState<Data | null>(null);
  const [dialog, setDialog] = useState<{ row: Row; action: Action } | null>(null);
  const [eventsOf, setEventsOf] = useState<Row | null>(null);
  const [minutes, setMinutes] = useState(10);
  const [reason, setReason] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetch(`/api/proctor/sessions/${sessionId}`, { cache: "no-store" }).catch(() => null);
    if (res?.ok) setData((await res.json()) as Data);
  }, [sessionId]);

  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const timer = setInterval(() => void load(), 3000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [load]);

  async function open(sessionRoomId: string) {
    await fetch(`/api/proctor/sessions/${sessionId}/rooms/${sessionRoomId}/open`, { method: "POST" });
    await load();
  }

  async function act() {
    if (!dialog?.row.attemptId) return;
    const body = dialog.action === "extra-time" ? { action: dialog.action, minutes, reason } : { action: dialog.action, reason };
    const res = await fetch(`/api/proctor/sessions/${sessionId}/attempts/${dialog.row.attemptId}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      setError(json?.error?.issues?.map((i: { message: string }) => i.message).join("；") || json?.error?.message || res.statusText);
      return;
    }
    setNotice(t("proctor.done", { action: t(actionLabel(dialog.action)) }));
    setDialog(null);
    setReason("");
    setError(null);
    await load();
  }

  const actionLabel = (a: Action) =>
    ({ "extra-time": "proctor.action.extra", pause: "proctor.action.pause", resume: "proctor.action.resume", irregularity: "proctor.action.irregularity", end: "proctor.action.end" })[a];

  if (!data) return <p role="status">…</p>;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t("proctor.console", { name: data.session.name })}</h1>
        <span className="flex items-center gap-4 text-sm text-slate-700">
          <Link href={`/proctor/sessions/${sessionId}/room`} className="text-blue-700 underline">
            {t("proctor.projector.link")}
          </Link>
          {t("proctor.live")}
        </span>
      </div>
      {notice && (
        <p role="status" className="rounded bg-green-50 px-3 py-2">
          {notice}
        </p>
      )}
      {data.rooms.map((room) => (
        <section key={room.sessionRoomId} aria-label={t("proctor.room", { name: room.name })} className="space-y-2">
          <div className="flex items-center gap-4">
            <h2 className="text-xl font-semibold">{t("proctor.room", { name: room.name })}</h2>
            {room.openedAt ? (
              <span className="text-green-800">{t("proctor.opened", { time: new Date(room.openedAt).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai" }) })}</span>
            ) : (
              <button type="button" onClick={() => void open(room.sessionRoomId)} className="rounded bg-blue-700 px-3 py-1 text-white">
                {t("proctor.open")}
              </button>
            )}
          </div>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("proctor.room", { name: room.name })}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["seat", "name", "ticket", "state", "progress", "remaining", "events", "actions"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`proctor.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {room.candidates.map((row) => (
                <tr key={row.candidateId}>
                  <td className="border px-2 py-1">{row.seat}</td>
                  <td className="border px-2 py-1">
                    <span className="flex items-center gap-2">
                      {row.hasPhoto && <img src={`/api/photos/${encodeURIComponent(row.candidateId)}`} alt={t("photos.alt", { name: row.name })} className="h-14 w-10 border border-slate-400 object-cover" />}
                      {row.name}
                    </span>
                  </td>
                  <td className="border px-2 py-1 font-mono">{row.ticketNumber}</td>
                  <td className="border px-2 py-1">{t(`proctor.state.${row.state}`)}</td>
                  <td className="border px-2 py-1">{t("proctor.progress", { answered: row.answered, total: row.total })}</td>
                  <td className="border px-2 py-1">
                    {mmss(row.remainingSeconds)}
                    {row.extraMinutes > 0 && <span className="ml-1 text-xs">（{t("proctor.extraGranted", { minutes: row.extraMinutes })}）</span>}
                  </td>
                  <td className="border px-2 py-1">
                    {row.attemptId ? (
                      <button
                        type="button"
                        aria-label={t("proctor.events.open", { count: row.events, name: row.name })}
                        onClick={() => setEventsOf(row)}
                        className={`min-h-9 min-w-9 rounded border px-2 ${row.events > 0 ? "border-amber-600 bg-amber-50 text-amber-900" : "border-slate-300"}`}
                      >
                        {row.events}
                      </button>
                    ) : (
                      row.events
                    )}
                  </td>
                  <td className="border px-2 py-1">
                    {row.attemptId && row.state !== "submitted" && (
                      <div className="flex flex-wrap gap-1">
                        {(["extra-time", row.state === "paused" ? "resume" : "pause", "irregularity", "end"] as Action[]).map((a) => (
                          <button
                            key={a}
                            type="button"
                            aria-label={`${t(actionLabel(a))}：${row.name}`}
                            onClick={() => setDialog({ row, action: a })}
                            className="rounded border border-slate-300 px-2 py-0.5"
                          >
                            {t(actionLabel(a))}
                          </button>
                        ))}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {eventsOf?.attemptId && <EventList sessionId={sessionId} attemptId={eventsOf.attemptId} name={eventsOf.name} t={t} onClose={() => setEventsOf(null)} />}
      {dialog && (
        <div className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4">
          <div role="dialog" aria-modal="true" aria-labelledby="act-title" className="w-full max-w-md space-y-3 rounded bg-white p-5">
            <h2 id="act-title" className="text-lg font-semibold">
              {t(actionLabel(dialog.action))}
            </h2>
            <p>{t("proctor.dialog.for", { name: dialog.row.name })}</p>
            {dialog.action === "extra-time" && (
              <label className="block">
                {t("proctor.dialog.minutes")}
                <input type="number" min={1} max={120} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
              </label>
            )}
            <label className="block">
              {t("proctor.dialog.reason")}
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
            </label>
            {error && (
              <p role="alert" className="text-red-800">
                {error}
              </p>
            )}
            <div className="flex justify-end gap-2">
              <button type="button" onClick={() => setDialog(null)} className="rounded border border-slate-300 px-3 py-1">
                {t("proctor.dialog.cancel")}
              </button>
              <button type="button" onClick={() => void act()} className="rounded bg-blue-700 px-3 py-1 text-white">
                {t("proctor.dialog.confirm")}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
