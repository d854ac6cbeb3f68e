"use client";

// An examiner's score sheet for one candidate's task, addressed by the candidate's anonymous code
// (blind marking). Each criterion is saved as soon as it changes (route handler, sequence number);
// unsent saves are kept in localStorage and resent after a reconnect or reload, like the exam.
// Keyboard: the first score field has focus; type the score, Tab to the comment, Enter saves and
// goes to the next criterion; Enter on the last submits and opens the next sheet to score.
// Automatic criteria arrive pre-scored from their check (saved like a typed score, still editable).
// Works on a tablet screen (large inputs, one column).
import { messageLookup } from "@/i18n/interpolate";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

type Criterion = { id: string; title: string; points: number; descriptors: string };
type Entry = { points: number | null; comment: string; seq: number };
type Props = {
  sessionId: string;
  code: string;
  taskVersionId: string;
  rubric: Criterion[];
  /** Automatic criteria: points (hundredths) and comment from their check, used when not yet scored. */
  auto?: Record<string, { points: number; comment: string }>;
  /** Where Enter on the last criterion goes after submitting (the next sheet to score). */
  nextHref?: string | null;
  heavyThreshold: number;
  initial: Record<string, { points: number; comment: string; seq: number }>;
  submitted: boolean;
  messages: Record<string, string>;
};

const fmt = (h: number) => (h / 100).toFixed(2).replace(/\.?0+$/, "");

export function ScoreSheet({ sessionId, code, taskVersionId, rubric, auto, nextHref, heavyThreshold, initial, submitted, messages }: Props) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const router = useRouter();
  const storeKey = `skill:${sessionId}:${code}:${taskVersionId}`;
  const scoreInputs = useRef<Array<HTMLInputElement | null>>([]);
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(rubric.map((c) => [c.id, { points: initial[c.id]?.points ?? null, comment: initial[c.id]?.comment ?? "", seq: initial[c.id]?.seq ?? 0 }])),
  );
  const [confirmed, setConfirmed] = useState<Record<string, number>>(() => Object.fromEntries(rubric.map((c) => [c.id, initial[c.id]?.seq ?? 0])));
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(Math.max(0, ...Object.values(initial).map((i) => i.seq)));
  const flushing = useRef(false);

  const pendingOf = useCallback((): Record<string, Entry> => {
    try {
      return JSON.parse(localStorage.getItem(storeKey) ?? "{}") as Record<string, Entry>;
    } catch {
      return {};
    }
  }, [storeKey]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const [criterionId, e] of Object.entries(pendingOf())) {
        if (e.points === null) continue;
        const res = await fetch(`/api/examiner/sessions/${sessionId}/scores`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ code, taskVersionId, criterionId, points: e.points, comment: e.comment, seq: e.seq }),
        }).catch(() => null);
        if (!res) return;
        if (res.ok || res.status === 409 || res.status === 422) {
          const now = pendingOf();
          if (now[criterionId]?.seq === e.seq) {
            delete now[criterionId];
            localStorage.setItem(storeKey, JSON.stringify(now));
          }
          if (res.ok) setConfirmed((c) => ({ ...c, [criterionId]: Math.max(c[criterionId] ?? 0, e.seq) }));
          else setError(((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? res.statusText);
        } else return;
      }
    } finally {
      flushing.current = false;
    }
  }, [code, pendingOf, sessionId, storeKey, taskVersionId]);

  useEffect(() => {
    const pending = pendingOf();
    const first = setTimeout(() => {
      if (Object.keys(pending).length) {
        seq.current = Math.max(seq.current, ...Object.values(pending).map((p) => p.seq));
        setEntries((en) => ({ ...en, ...pending }));
      }
      // Automatic criteria score themselves: their check's points, saved once like a typed score.
      if (!submitted && auto) {
        const prefill: Record<string, Entry> = {};
        for (const [criterionId, a] of Object.entries(auto)) {
          if (initial[criterionId] || pending[criterionId]) continue;
          prefill[criterionId] = { points: a.points, comment: a.comment, seq: ++seq.current };
        }
        if (Object.keys(prefill).length) {
          setEntries((en) => ({ ...en, ...prefill }));
          localStorage.setItem(storeKey, JSON.stringify({ ...pendingOf(), ...prefill }));
        }
      }
      const firstOpen = rubric.findIndex((c) => !(auto && auto[c.id]) && !initial[c.id]);
      scoreInputs.current[firstOpen >= 0 ? firstOpen : 0]?.focus();
      void flush();
    }, 0);
    const retry = setInterval(() => void flush(), 3000);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      clearTimeout(first);
      clearInterval(retry);
      window.removeEventListener("online", online);
    };
    // Mount only: `auto`, `initial` and `rubric` are the server's props of this sheet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flush, pendingOf]);

  function change(criterionId: string, next: Partial<Entry>) {
    const s = ++seq.current;
    const entry = { ...entries[criterionId]!, ...next, seq: s };
    setEntries((en) => ({ ...en, [criterionId]: entry }));
    const pending = pendingOf();
    pending[criterionId] = entry;
    localStorage.setItem(storeKey, JSON.stringify(pending));
    void flush();
  }

  const total = useMemo(() => Object.values(entries).reduce((s, e) => s + (e.points ?? 0), 0), [entries]);
  const max = rubric.reduce((s, c) => s + c.points * 100, 0);

  async function submit(andNext = false) {
    setError(null);
    // A save started by the last keystroke may still be on its way: wait for it (briefly).
    for (let i = 0; i < 20; i++) {
      await flush();
      if (!Object.keys(pendingOf()).length || !navigator.onLine) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    if (Object.keys(pendingOf()).length) return setError(t("results.sheet.unsaved"));
    const res = await fetch(`/api/examiner/sessions/${sessionId}/submit`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code, taskVersionId }),
    });
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? res.statusText);
    if (andNext && nextHref) router.push(nextHref);
    else router.refresh();
  }

  return (
    <div className="space-y-4">
      {!submitted && <p className="text-sm text-slate-600">{t("results.sheet.independent")}</p>}
      {rubric.map((c, index) => {
        const e = entries[c.id]!;
        const unsaved = e.seq > (confirmed[c.id] ?? 0);
        return (
          <fieldset key={c.id} disabled={submitted} className="space-y-2 rounded border border-slate-200 bg-white p-3">
            <legend className="px-1 font-semibold">{t("results.sheet.points", { title: c.title, points: c.points })}</legend>
            <p className="text-sm text-slate-700">{c.descriptors}</p>
            {c.points >= heavyThreshold && <p className="text-xs text-amber-800">{t("results.sheet.commentRequired")}</p>}
            <label className="block">
              {t("results.sheet.score")}
              <input
                type="number"
                inputMode="decimal"
                min={0}
                max={c.points}
                step="0.5"
                ref={(el) => {
                  scoreInputs.current[index] = el;
                }}
                onKeyDown={(ev) => {
                  if (ev.key !== "Enter" || ev.nativeEvent.isComposing) return;
                  ev.preventDefault();
                  if (index < rubric.length - 1) scoreInputs.current[index + 1]?.focus();
                  else void submit(true);
                }}
                value={e.points === null ? "" : fmt(e.points)}
                onChange={(ev) => change(c.id, { points: ev.target.value === "" ? null : Math.round(Number(ev.target.value) * 100) })}
                className="mt-1 block w-40 rounded border border-slate-300 px-3 py-2 text-lg"
              />
            </label>
            <label className="block">
              {t("results.sheet.comment")}
              <textarea value={e.comment} onChange={(ev) => change(c.id, { comment: ev.target.value })} rows={2} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
            </label>
            {e.points !== null && (
              <p aria-live="polite" className={`text-sm ${unsaved ? "text-amber-700" : "text-green-800"}`}>
                {c.title}：{unsaved ? t("results.sheet.unsaved") : t("results.sheet.saved")}
              </p>
            )}
          </fieldset>
        );
      })}
      <p className="font-semibold">{t("results.sheet.total", { total: fmt(total), max: fmt(max) })}</p>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {!submitted && (
        <button type="button" onClick={() => void submit()} className="rounded bg-blue-700 px-5 py-2 text-lg text-white">
          {t("results.sheet.submit")}
        </button>
      )}
    </div>
  );
}

export function AdjudicateForm({ sessionId, code, taskVersionId, maxPoints, messages }: { sessionId: string; code: string; taskVersionId: string; maxPoints: number; messages: Record<string, string> }) {
  const router = useRouter();
  const [points, setPoints] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    const res = await fetch(`/api/examiner/sessions/${sessionId}/adjudicate`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code, taskVersionId, points: Math.round(Number(points) * 100), reason }),
    });
    if (!res.ok) {
      const b = (await res.json().catch(() => ({}))) as { error?: { message?: string; issues?: Array<{ message: string }> } };
      return setError(b.error?.issues?.map((i) => i.message).join("；") || b.error?.message || res.statusText);
    }
    router.refresh();
  }
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
      <h3 className="font-semibold">{messages["results.sheet.adjudicate"]}</h3>
      <label className="block">
        {messages["results.sheet.adjudicatePoints"]}
        <input type="number" min={0} max={maxPoints} step="0.5" value={points} onChange={(e) => setPoints(e.target.value)} className="mt-1 block w-40 rounded border border-slate-300 px-3 py-2" />
      </label>
      <label className="block">
        {messages["results.sheet.adjudicateReason"]}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
      </label>
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void submit()} className="rounded bg-amber-700 px-4 py-2 text-white">
        {messages["results.sheet.adjudicate"]}
      </button>
    </div>
  );
}
