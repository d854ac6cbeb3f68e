"use client";

// A mock exam on a phone, timed like the real one: the countdown shows the server's remaining
// time (re-synced on every response and every 15 s); every change is saved at once with a
// sequence number, kept in IndexedDB (the exam's offline queue) until the server confirms it,
// and resent after a network drop or a reload. No key reaches the page before the exam is
// submitted; then the page reloads to the result, rendered by the server.
import { messageLookup } from "@/i18n/interpolate";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { queue } from "../exam/offline-queue";
import { useAnswerQueue } from "./use-answer-queue";

type Item = { number: number; versionId: string; type: "true-false" | "single" | "multiple"; withdrawn: boolean; stem: string; options: Array<{ key: string; text: string }> };
type View = { id: string; status: "in_progress" | "submitted"; remainingSeconds: number; lastSeq: number; startedAt: string; items: Item[]; answers: Record<string, { response: string[]; seq: number }> };

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const HEARTBEAT_MS = 15_000;

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function MockApp({ mockId, messages }: { mockId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const queueId = `mock:${mockId}`;
  const [view, setView] = useState<View | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [latest, setLatest] = useState<Record<string, number>>({});
  const [confirmed, setConfirmed] = useState<Record<string, number>>({});
  const [ended, setEnded] = useState(false);
  const [remaining, setRemaining] = useState(0);
  const [index, setIndex] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const seq = useRef(0);
  const startedAtMs = useRef(0);
  const endAt = useRef(0);

  const sync = useCallback((seconds: number) => {
    endAt.current = performance.now() + seconds * 1000;
    setRemaining(seconds);
  }, []);
  const finish = useCallback(() => {
    setEnded(true);
    window.location.reload();
  }, []);

  const { online, setOnline, authError, setAuthError, flush, put } = useAnswerQueue({
    queueId,
    url: `/api/practice/mocks/${mockId}/answers`,
    onSaved: (p, body) => {
      const currentSeq = typeof body.currentSeq === "number" ? body.currentSeq : p.seq;
      const current = body.current as { response: string[] } | undefined;
      if (current && currentSeq > p.seq) {
        // Another tab or device saved a newer answer: show the server's, not ours.
        setAnswers((a) => ({ ...a, [p.itemVersionId]: current.response }));
        setLatest((l) => ({ ...l, [p.itemVersionId]: Math.max(l[p.itemVersionId] ?? 0, currentSeq) }));
      }
      setConfirmed((c) => ({ ...c, [p.itemVersionId]: Math.max(c[p.itemVersionId] ?? 0, currentSeq) }));
      if (typeof body.remainingSeconds === "number") sync(body.remainingSeconds);
    },
    onClosed: finish,
  });

  const load = useCallback(async (first: boolean) => {
    const res = await fetch(`/api/practice/mocks/${mockId}`, { cache: "no-store" }).catch(() => null);
    if (!res) {
      setOnline(false);
      if (first) setLoadError(t("practice.drill.error.load", { message: "network" }));
      return;
    }
    setOnline(true);
    if (res.status === 401) return setAuthError(true);
    const body = await res.json();
    if (!res.ok) return first ? setLoadError(t("practice.drill.error.load", { message: body?.error?.message ?? res.statusText })) : undefined;
    const v = body as View;
    if (v.status === "submitted") return finish();
    sync(v.remainingSeconds);
    if (!first) return;
    const pending = await queue.list(queueId);
    const a: Record<string, string[]> = {};
    const c: Record<string, number> = {};
    const l: Record<string, number> = {};
    for (const [id, ans] of Object.entries(v.answers)) {
      a[id] = ans.response;
      c[id] = ans.seq;
      l[id] = ans.seq;
    }
    for (const p of pending) {
      if ((c[p.itemVersionId] ?? 0) >= p.seq) continue;
      a[p.itemVersionId] = p.response;
      l[p.itemVersionId] = p.seq;
    }
    seq.current = Math.max(v.lastSeq, await queue.getSeq(queueId), ...pending.map((p) => p.seq), 0);
    startedAtMs.current = Date.parse(v.startedAt);
    setAnswers(a);
    setConfirmed(c);
    setLatest(l);
    setView(v);
    void flush();
  }, [mockId, queueId, t, sync, finish, flush, setOnline, setAuthError]);

  // The first load, once the page is on screen (its state is set when the response arrives).
  useEffect(() => {
    void Promise.resolve().then(() => load(true));
  }, [load]);

  useEffect(() => {
    const tick = setInterval(() => setRemaining(Math.max(0, (endAt.current - performance.now()) / 1000)), 500);
    const beat = setInterval(() => void load(false), HEARTBEAT_MS);
    return () => {
      clearInterval(tick);
      clearInterval(beat);
    };
  }, [load]);

  // At zero, ask the server again after the save grace: it closes and scores the mock.
  useEffect(() => {
    if (view && remaining <= 0) {
      const timer = setTimeout(() => void load(false), 6_000);
      return () => clearTimeout(timer);
    }
  }, [remaining, view, load]);

  const change = useCallback(
    async (itemVersionId: string, response: string[]) => {
      const s = Math.max(seq.current + 1, Date.now() - startedAtMs.current);
      seq.current = s;
      setAnswers((a) => ({ ...a, [itemVersionId]: response }));
      setLatest((l) => ({ ...l, [itemVersionId]: s }));
      await put(itemVersionId, response, s);
    },
    [put],
  );

  async function submit() {
    const res = await fetch(`/api/practice/mocks/${mockId}/submit`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) return setOnline(false);
    if (res.ok || res.status === 409) finish();
  }

  if (authError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{t("practice.drill.error.auth")}</p>;
  if (loadError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{loadError}</p>;
  if (ended) return <p role="status">{t("practice.mock.ended")}</p>;
  if (!view) return <p role="status">…</p>;

  const items = view.items;
  const unsent = Object.keys(latest).filter((id) => (latest[id] ?? 0) > (confirmed[id] ?? 0)).length;
  const answered = (id: string) => (answers[id]?.length ?? 0) > 0;
  const unanswered = items.filter((i) => !answered(i.versionId));
  const item = items[index]!;
  const chosen = answers[item.versionId] ?? [];
  const state = (id: string) => ((latest[id] ?? 0) > (confirmed[id] ?? 0) ? t("practice.mock.unsaved") : answered(id) ? t("practice.mock.saved") : t("practice.mock.notAnswered"));

  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 py-2">
        <div role="timer" aria-label={t("practice.mock.timeLeft")} className={`font-mono text-2xl ${remaining < 300 ? "text-red-700" : ""}`}>
          {clock(remaining)}
        </div>
        <button type="button" onClick={() => setConfirming(true)} className="min-h-11 rounded-lg bg-blue-700 px-5 text-white">
          {t("practice.mock.submit")}
        </button>
      </div>
      {!online && (
        <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-amber-900">
          {t("practice.mock.offline", { count: unsent })}
        </p>
      )}
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">
          {t("practice.mock.questionOf", { number: item.number, total: items.length })} · {t(`exam.type.${item.type}`)}
        </legend>
        <p className="whitespace-pre-wrap text-lg">{item.stem}</p>
        <div className="space-y-2">
          {item.options.map((o, i) => {
            const checked = chosen.includes(o.key);
            return (
              <label key={o.key} className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-base ${checked ? "border-blue-600 bg-blue-50" : "border-slate-300"}`}>
                <input
                  type={item.type === "multiple" ? "checkbox" : "radio"}
                  name={`m-${item.versionId}`}
                  checked={checked}
                  onChange={() => void change(item.versionId, item.type === "multiple" ? (checked ? chosen.filter((k) => k !== o.key) : [...chosen, o.key]) : [o.key])}
                  className="h-5 w-5 shrink-0"
                />
                <span>{item.type === "true-false" ? o.text : `${LETTERS[i]}. ${o.text}`}</span>
              </label>
            );
          })}
        </div>
        <p aria-live="polite" data-testid={`mock-saved-${item.number}`} className="text-sm">
          {t("practice.mock.question", { number: item.number })}：{state(item.versionId)}
        </p>
      </fieldset>
      <div className="flex gap-3">
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} className="min-h-12 flex-1 rounded-lg border border-slate-300 disabled:opacity-50">
          {t("practice.drill.prev")}
        </button>
        <button type="button" onClick={() => setIndex(Math.min(items.length - 1, index + 1))} disabled={index === items.length - 1} className="min-h-12 flex-1 rounded-lg border border-slate-300 disabled:opacity-50">
          {t("practice.drill.next")}
        </button>
      </div>
      <nav aria-label={t("practice.mock.navigator")} className="space-y-2">
        <p className="text-sm">{t("practice.mock.legend", { answered: items.length - unanswered.length, total: items.length })}</p>
        <ol className="grid grid-cols-8 gap-1.5">
          {items.map((x, i) => (
            <li key={x.versionId}>
              <button
                type="button"
                aria-label={`${t("practice.mock.question", { number: x.number })}（${state(x.versionId)}）`}
                aria-current={i === index ? "true" : undefined}
                onClick={() => setIndex(i)}
                className={`h-10 w-full rounded border text-sm ${answered(x.versionId) ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white"} ${i === index ? "outline outline-2 outline-offset-1 outline-slate-900" : ""}`}
              >
                {x.number}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {confirming && (
        <div className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4">
          <div role="dialog" aria-modal="true" aria-labelledby="mock-confirm" className="w-full max-w-md space-y-3 rounded-lg bg-white p-5 shadow-lg">
            <h2 id="mock-confirm" className="text-lg font-semibold">
              {t("practice.mock.confirm.title")}
            </h2>
            <p>{unanswered.length > 0 ? t("practice.mock.confirm.unanswered", { count: unanswered.length, list: unanswered.map((i) => i.number).join("、") }) : t("practice.mock.confirm.allAnswered")}</p>
            {unsent > 0 && <p className="text-red-800">{t("practice.mock.confirm.pending", { count: unsent })}</p>}
            <div className="flex justify-end gap-2">
              <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded-lg border border-slate-300 px-4">
                {t("practice.mock.confirm.cancel")}
              </button>
              <button type="button" onClick={() => void submit()} disabled={unsent > 0} className="min-h-11 rounded-lg bg-blue-700 px-4 text-white disabled:opacity-60">
                {t("practice.mock.confirm.ok")}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
