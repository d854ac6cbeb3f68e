"use client";

// The candidate's exam page. Every change is saved at once through a route handler with a
// per-attempt sequence number; unsent saves live in IndexedDB and are resent after a reconnect or
// reload. An answer shows "saved" only after the server confirmed its sequence number. The
// countdown is a display of the server's remaining time, re-synced on every response.
import { messageLookup } from "@/i18n/interpolate";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ItemCard, type Answer, type Item } from "./item-card";
import { Modal } from "./modal";
import { queue } from "./offline-queue";
import { TextSize } from "./text-size";
import { useAttemptClock, type AttemptStatus as Status } from "./use-attempt-clock";
import { useAttemptPresence } from "./use-attempt-presence";

type View = {
  attemptId: string;
  sessionName: string;
  status: Status;
  submittedBy: string | null;
  remainingSeconds: number;
  lastSeq: number;
  startedAt: string;
  items: Item[];
  answers: Record<string, { response: string[]; flagged: boolean; seq: number }>;
};


function format(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(r).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function ExamApp({ attemptId, messages }: { attemptId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const [view, setView] = useState<View | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [authError, setAuthError] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [latest, setLatest] = useState<Record<string, number>>({});
  const [confirmed, setConfirmed] = useState<Record<string, number>>({});
  const [online, setOnline] = useState(true);
  const { status, submittedBy, remaining, statusRef, sync, closed, submitted } = useAttemptClock();
  const [mode, setMode] = useState<"one" | "all">("one");
  const [index, setIndex] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const seq = useRef(0);
  const startedAtMs = useRef(0);
  const flushing = useRef(false);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const p of await queue.list(attemptId)) {
        let res: Response;
        try {
          res = await fetch(`/api/exam/attempts/${attemptId}/answers`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ itemVersionId: p.itemVersionId, response: p.response, flagged: p.flagged, seq: p.seq }),
            cache: "no-store",
          });
        } catch {
          setOnline(false);
          return;
        }
        setOnline(true);
        const body = await res.json().catch(() => ({}));
        if (res.ok) {
          await queue.ack(attemptId, p.itemVersionId, p.seq);
          const currentSeq: number = body.currentSeq ?? p.seq;
          if (body.current && currentSeq > p.seq) {
            // Another tab or device saved a newer answer: show the server's, not ours.
            setAnswers((a) => ({ ...a, [p.itemVersionId]: { response: body.current.response, flagged: body.current.flagged } }));
            setLatest((l) => ({ ...l, [p.itemVersionId]: Math.max(l[p.itemVersionId] ?? 0, currentSeq) }));
          }
          setConfirmed((c) => ({ ...c, [p.itemVersionId]: Math.max(c[p.itemVersionId] ?? 0, currentSeq) }));
          if (typeof body.remainingSeconds === "number") sync(body.remainingSeconds);
        } else if (res.status === 401) {
          setAuthError(true);
          return;
        } else if (res.status === 409) {
          closed(body?.error?.code === "CONFLICT");
          return;
        } else if (res.status === 422 || res.status === 404) {
          await queue.ack(attemptId, p.itemVersionId, p.seq); // not in this paper: nothing to keep
        } else {
          return; // a server error: keep it and retry later
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [attemptId, sync, closed]);

  // Load: the server's answers, overlaid with anything still unsent on this computer.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const res = await fetch(`/api/exam/attempts/${attemptId}`, { cache: "no-store" }).catch(() => null);
      if (!res) return setLoadError(t("exam.error.load", { message: "network" }));
      if (res.status === 401) return setAuthError(true);
      const body = await res.json();
      if (!res.ok) return setLoadError(t("exam.error.load", { message: body?.error?.message ?? res.statusText }));
      const v = body as View;
      const pending = await queue.list(attemptId);
      if (cancelled) return;
      const a: Record<string, Answer> = {};
      const c: Record<string, number> = {};
      const l: Record<string, number> = {};
      for (const [id, ans] of Object.entries(v.answers)) {
        a[id] = { response: ans.response, flagged: ans.flagged };
        c[id] = ans.seq;
        l[id] = ans.seq;
      }
      for (const p of pending) {
        if ((c[p.itemVersionId] ?? 0) >= p.seq) continue; // the server already has it (or newer)
        a[p.itemVersionId] = { response: p.response, flagged: p.flagged };
        l[p.itemVersionId] = p.seq;
      }
      seq.current = Math.max(v.lastSeq, await queue.getSeq(attemptId), ...pending.map((p) => p.seq), 0);
      startedAtMs.current = Date.parse(v.startedAt);
      setAnswers(a);
      setConfirmed(c);
      setLatest(l);
      setView(v);
      sync(v.remainingSeconds, v.status, v.submittedBy);
      void flush();
    })();
    return () => {
      cancelled = true;
    };
  }, [attemptId, flush, sync, t]);


  const beat = useCallback(async () => {
    const res = await fetch(`/api/exam/attempts/${attemptId}/heartbeat`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) return setOnline(false);
    setOnline(true);
    if (res.status === 401) return setAuthError(true);
    if (res.ok) {
      const b = await res.json();
      sync(b.remainingSeconds, b.status, b.submittedBy);
    }
  }, [attemptId, sync]);

  // Presence, retries and reconnects; a heartbeat after the clock reaches zero.
  useAttemptPresence({ beat, flush, setOnline, clockAtZero: status === "in_progress" && !!view && remaining <= 0 });

  // Events for the proctor: recorded, never used to end the exam.
  useEffect(() => {
    const send = (kind: string) =>
      void fetch(`/api/exam/attempts/${attemptId}/events`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind }),
        keepalive: true,
      }).catch(() => undefined);
    const onVisibility = () => send(document.visibilityState === "hidden" ? "focus-lost" : "focus-back");
    const onFullscreen = () => {
      if (!document.fullscreenElement) send("fullscreen-exit");
    };
    const onCopy = () => send("copy");
    const onPaste = () => send("paste");
    document.addEventListener("visibilitychange", onVisibility);
    document.addEventListener("fullscreenchange", onFullscreen);
    document.addEventListener("copy", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      document.removeEventListener("fullscreenchange", onFullscreen);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [attemptId]);

  const change = useCallback(
    async (itemVersionId: string, next: Answer) => {
      if (statusRef.current !== "in_progress") return;
      // Sequence numbers follow the clock (milliseconds since the attempt started) and never go
      // back, so saves from two tabs or two devices are ordered by when they were made: an
      // offline device's older change cannot overwrite a newer one made elsewhere.
      const s = Math.max(seq.current + 1, Date.now() - startedAtMs.current);
      seq.current = s;
      setAnswers((a) => ({ ...a, [itemVersionId]: next }));
      setLatest((l) => ({ ...l, [itemVersionId]: s }));
      await queue.put({ attemptId, itemVersionId, response: next.response, flagged: next.flagged, seq: s });
      await queue.setSeq(attemptId, s);
      void flush();
    },
    [attemptId, flush, statusRef],
  );

  const unsent = useMemo(() => Object.keys(latest).filter((id) => (latest[id] ?? 0) > (confirmed[id] ?? 0)).length, [latest, confirmed]);
  const items = view?.items ?? [];
  const isAnswered = (id: string) => (answers[id]?.response.length ?? 0) > 0;
  const unanswered = items.filter((i) => !isAnswered(i.versionId));
  const flagged = items.filter((i) => answers[i.versionId]?.flagged).length;

  async function submit() {
    const res = await fetch(`/api/exam/attempts/${attemptId}/submit`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) return setOnline(false);
    if (res.ok) {
      const b = await res.json();
      submitted(b.by ?? "candidate");
      setConfirming(false);
    }
  }

  if (authError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{t("exam.error.auth")}</p>;
  if (loadError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{loadError}</p>;
  if (!view) return <p role="status">…</p>;

  if (status === "submitted") {
    const key = submittedBy === "deadline" ? "exam.done.deadline" : submittedBy === "proctor" ? "exam.done.proctor" : "exam.done.candidate";
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">{t("exam.done.title")}</h1>
        <p role="status">{t(key)}</p>
        {unsent > 0 && <p role="alert" className="text-red-800">{t("exam.ended")}</p>}
      </section>
    );
  }

  const savedState = (id: string) =>
    (latest[id] ?? 0) > (confirmed[id] ?? 0) ? t("exam.unsaved") : isAnswered(id) ? t("exam.saved") : t("exam.notAnswered");
  const disabled = status !== "in_progress";

  const imageSrc = (sha256: string) => `/api/exam/attempts/${attemptId}/media/${sha256}`;
  const renderItem = (item: Item) => (
    <ItemCard
      key={item.versionId}
      item={item}
      total={items.length}
      answer={answers[item.versionId] ?? { response: [], flagged: false }}
      disabled={disabled}
      unsaved={(latest[item.versionId] ?? 0) > (confirmed[item.versionId] ?? 0)}
      savedLabel={savedState(item.versionId)}
      imageSrc={imageSrc}
      t={t}
      onChange={(next) => void change(item.versionId, next)}
    />
  );

  const current = items[index];
  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-slate-200 bg-slate-50 py-2">
        <h1 className="min-w-0 text-xl font-bold break-words">{view.sessionName}</h1>
        <div role="timer" aria-label={t("exam.timeLeft")} className={`font-mono text-2xl ${remaining < 300 ? "text-red-700" : ""}`}>
          {t("exam.timeLeft")} {format(remaining)}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <TextSize label={t("exam.textSize")} names={{ normal: t("exam.textSize.normal"), large: t("exam.textSize.large"), xlarge: t("exam.textSize.xlarge") }} />
          <button type="button" onClick={() => setMode(mode === "one" ? "all" : "one")} className="min-h-11 rounded border border-slate-300 bg-white px-3">
            {mode === "one" ? t("exam.viewAll") : t("exam.viewOne")}
          </button>
          <span data-testid="unanswered-count" className={`text-sm ${unanswered.length > 0 ? "font-semibold text-amber-800" : "text-slate-700"}`}>
            {t("exam.unansweredCount", { count: unanswered.length })}
          </span>
          <button type="button" onClick={() => setConfirming(true)} disabled={disabled} className="min-h-11 rounded bg-blue-700 px-5 text-white disabled:opacity-60">
            {t("exam.submit")}
          </button>
        </div>
      </div>
      {!online && (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-900">
          {t("exam.offline", { count: unsent })}
        </p>
      )}
      {online && unsent > 0 && (
        <p role="status" className="text-sm text-slate-600">
          {t("exam.pending", { count: unsent })}
        </p>
      )}
      {status === "paused" && (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2">
          {t("exam.paused")}
        </p>
      )}
      <nav aria-label={t("exam.navigator")} className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm">{t("exam.legend", { answered: items.length - unanswered.length, total: items.length, flagged })}</p>
          <button type="button" aria-expanded={navOpen} onClick={() => setNavOpen(!navOpen)} className="min-h-11 rounded border border-slate-300 bg-white px-3 md:hidden">
            {t("exam.navigator")}
          </button>
        </div>
        <ol className={`${navOpen ? "grid" : "hidden"} grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1 md:flex md:flex-wrap`}>
          {items.map((item, i) => {
            const a = answers[item.versionId];
            const state = [isAnswered(item.versionId) ? t("exam.saved") : t("exam.notAnswered"), a?.flagged ? t("exam.flag") : ""].filter(Boolean).join("，");
            return (
              <li key={item.versionId}>
                <button
                  type="button"
                  aria-label={`${t("exam.question", { number: item.number })}（${state}）`}
                  aria-current={mode === "one" && i === index ? "true" : undefined}
                  onClick={() => {
                    setIndex(i);
                    setNavOpen(false);
                    if (mode === "all") document.getElementById(`item-${item.number}`)?.scrollIntoView();
                  }}
                  className={`h-11 w-full rounded border text-sm md:h-9 md:w-10 ${isAnswered(item.versionId) ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white"} ${a?.flagged ? "ring-2 ring-amber-500" : ""} ${mode === "one" && i === index ? "outline outline-2 outline-offset-1 outline-slate-900" : ""}`}
                >
                  {item.number}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {mode === "one" && current ? (
        <div className="space-y-3">
          {renderItem(current)}
          <div className="flex justify-between gap-2">
            <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} className="min-h-11 min-w-24 rounded border border-slate-300 bg-white px-4 disabled:opacity-50">
              {t("exam.prev")}
            </button>
            <button type="button" onClick={() => setIndex(Math.min(items.length - 1, index + 1))} disabled={index === items.length - 1} className="min-h-11 min-w-24 rounded border border-slate-300 bg-white px-4 disabled:opacity-50">
              {t("exam.next")}
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          {items.map((item) => (
            <div key={item.versionId} id={`item-${item.number}`}>
              {renderItem(item)}
            </div>
          ))}
        </div>
      )}
      {confirming && (
        <Modal labelledBy="confirm-title" onClose={() => setConfirming(false)}>
          <h2 id="confirm-title" className="text-lg font-semibold">
            {t("exam.confirm.title")}
          </h2>
          <p>{unanswered.length > 0 ? t("exam.confirm.unanswered", { count: unanswered.length, list: unanswered.map((i) => i.number).join("、") }) : t("exam.confirm.allAnswered")}</p>
          {unsent > 0 && <p className="text-red-800">{t("exam.confirm.pending", { count: unsent })}</p>}
          <p className="text-sm text-slate-600">{t("exam.closeHint")}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded border border-slate-300 px-4">
              {t("exam.confirm.cancel")}
            </button>
            <button type="button" onClick={() => void submit()} disabled={unsent > 0} className="min-h-11 rounded bg-blue-700 px-4 text-white disabled:opacity-60">
              {t("exam.confirm.ok")}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
