"use client";

// The proctor's room view for a projector: the session's name, a large countdown (to the start,
// then to the end of the exam time), and who has not started yet. Live: polls the console API
// every 3 s; the countdown follows the server's clock.
import { messageLookup } from "@/i18n/interpolate";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

type Row = { seat: number; name: string; state: string };
type Data = { session: { name: string; startsAt: string; minutes: number }; serverNow: string; rooms: Array<{ sessionRoomId: string; name: string; openedAt: string | null; candidates: Row[] }> };

function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function ProjectorView({ sessionId, messages }: { sessionId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const [data, setData] = useState<Data | null>(null);
  const offset = useRef(0);
  const [now, setNow] = useState(0);

  const load = useCallback(async () => {
    const res = await fetch(`/api/proctor/sessions/${sessionId}`, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const d = (await res.json()) as Data;
    offset.current = Date.parse(d.serverNow) - Date.now();
    setData(d);
  }, [sessionId]);

  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const poll = setInterval(() => void load(), 3000);
    const tick = setInterval(() => setNow(Date.now() + offset.current), 500);
    return () => {
      clearTimeout(first);
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [load]);

  if (!data || now === 0) return <p role="status">…</p>;
  const start = Date.parse(data.session.startsAt);
  const end = start + data.session.minutes * 60_000;
  const before = now < start;
  const label = before ? t("proctor.projector.toStart") : now < end ? t("proctor.projector.left") : t("proctor.projector.over");
  return (
    <div className="space-y-8 text-center">
      <h1 className="text-4xl font-bold">{t("proctor.projector.title", { name: data.session.name })}</h1>
      <div>
        <p className="text-3xl">{label}</p>
        <p role="timer" aria-label={label} className="font-mono text-[8rem] leading-none font-bold tabular-nums">
          {now < end ? clock(((before ? start : end) - now) / 1000) : "00:00"}
        </p>
      </div>
      {data.rooms.map((room) => {
        const waiting = room.candidates.filter((c) => c.state === "not-started");
        return (
          <section key={room.sessionRoomId} aria-label={t("proctor.projector.room", { name: room.name })} className="space-y-3 text-left">
            <h2 className="text-3xl font-semibold">{t("proctor.projector.room", { name: room.name })}</h2>
            {waiting.length === 0 ? (
              <p className="text-2xl">{t("proctor.projector.allStarted")}</p>
            ) : (
              <>
                <h3 className="text-2xl">{t("proctor.projector.notStarted", { count: waiting.length })}</h3>
                <ul className="grid grid-cols-2 gap-2 text-2xl md:grid-cols-4">
                  {waiting.map((c) => (
                    <li key={c.seat} className="rounded border-2 border-slate-400 px-3 py-2">
                      {t("proctor.projector.seat", { seat: c.seat, name: c.name })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
