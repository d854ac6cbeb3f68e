"use client";

// A drill on a phone: one question at a time, the answer submitted with a button, then the
// feedback (right or wrong, the key, the explanation) that the server returns once it has
// recorded the answer. Answers wait in IndexedDB (the exam's offline queue) through a network
// drop or a reload and are sent again; their feedback appears when they arrive. See
// docs/practice.md.
import { messageLookup } from "@/i18n/interpolate";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { queue } from "../exam/offline-queue";
import { StartDrillButton } from "./start-form";
import { useAnswerQueue } from "./use-answer-queue";

type ItemType = "true-false" | "single" | "multiple";
type Feedback = { response: string[]; correct: boolean; key: string[]; explanation: string };
type Item = { position: number; versionId: string; withdrawn: boolean; type: ItemType; stem: string; options: Array<{ key: string; text: string }>; answer: (Feedback & { seq: number }) | null };
type View = { id: string; mode: string; scope: Record<string, unknown>; lastSeq: number; createdAt: string; items: Item[] };

/** The fields that start another drill like this one. */
function againFields(view: View): Record<string, string> {
  if (view.mode === "content") {
    const kind = String(view.scope.kind ?? "");
    return { mode: "content", kind, value: String(view.scope[kind] ?? "") };
  }
  if (view.mode === "mistakes") return { mode: "mistakes", ...(view.scope.content ? { content: String(view.scope.content) } : {}) };
  return { mode: "weakest" };
}

export function DrillApp({ drillId, messages }: { drillId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const queueId = `drill:${drillId}`;
  const [view, setView] = useState<View | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<Record<string, string[]>>({});
  const [sent, setSent] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Record<string, Feedback>>({});
  const [withdrawn, setWithdrawn] = useState<Record<string, boolean>>({});
  const seq = useRef(0);
  const createdAtMs = useRef(0);
  const { online, authError, setAuthError, flush, put } = useAnswerQueue({
    queueId,
    url: `/api/practice/drills/${drillId}/answers`,
    onSaved: (p, body) => setFeedback((f) => ({ ...f, [p.itemVersionId]: body as unknown as Feedback })),
    // Withdrawn from practice (or not in the drill): nothing to keep, no key to show.
    onRefused: (p) => setWithdrawn((w) => ({ ...w, [p.itemVersionId]: true })),
  });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const res = await fetch(`/api/practice/drills/${drillId}`, { cache: "no-store" }).catch(() => null);
      if (!res) return setLoadError(t("practice.drill.error.load", { message: "network" }));
      if (res.status === 401) return setAuthError(true);
      const body = await res.json();
      if (!res.ok) return setLoadError(t("practice.drill.error.load", { message: body?.error?.message ?? res.statusText }));
      const v = body as View;
      const pending = await queue.list(queueId);
      if (cancelled) return;
      const fb: Record<string, Feedback> = {};
      const wd: Record<string, boolean> = {};
      const s: Record<string, string[]> = {};
      for (const item of v.items) {
        if (item.answer) fb[item.versionId] = item.answer;
        if (item.withdrawn) wd[item.versionId] = true;
      }
      for (const p of pending) if (!fb[p.itemVersionId]) s[p.itemVersionId] = p.response;
      createdAtMs.current = Date.parse(v.createdAt);
      seq.current = Math.max(v.lastSeq, await queue.getSeq(queueId), ...pending.map((p) => p.seq), 0);
      const first = v.items.findIndex((i) => !fb[i.versionId] && !s[i.versionId] && !wd[i.versionId]);
      setFeedback(fb);
      setWithdrawn(wd);
      setSent(s);
      setIndex(first === -1 ? v.items.length : first);
      setView(v);
      void flush();
    })();
    return () => {
      cancelled = true;
    };
  }, [drillId, queueId, flush, t, setAuthError]);

  const submit = useCallback(
    async (itemVersionId: string, response: string[]) => {
      // Sequence numbers follow the clock (tenths of a second since the drill began) and never go
      // back, as in the exam; the server records the first answer of an item and keeps it.
      const s = Math.max(seq.current + 1, Math.floor((Date.now() - createdAtMs.current) / 100));
      seq.current = s;
      setSent((x) => ({ ...x, [itemVersionId]: response }));
      await put(itemVersionId, response, s);
    },
    [put],
  );

  if (authError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{t("practice.drill.error.auth")}</p>;
  if (loadError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{loadError}</p>;
  if (!view) return <p role="status">…</p>;

  const items = view.items;
  const waiting = Object.keys(sent).filter((id) => !feedback[id] && !withdrawn[id]).length;
  const banner = !online ? (
    <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-amber-900">
      {t("practice.drill.offline", { count: waiting })}
    </p>
  ) : waiting > 0 ? (
    <p role="status" className="text-sm text-slate-600">
      {t("practice.drill.sending", { count: waiting })}
    </p>
  ) : null;

  const keyText = (item: Item, keys: string[]) => (item.type === "true-false" ? keys.map((k) => item.options.find((o) => o.key === k)?.text ?? k).join("、") : keys.join("、"));

  if (index >= items.length) {
    const right = items.filter((i) => feedback[i.versionId]?.correct).length;
    return (
      <div className="mx-auto max-w-xl space-y-4">
        {banner}
        <h1 className="text-2xl font-bold">{t("practice.drill.title")}</h1>
        <p role="status" className="rounded-lg bg-green-50 px-4 py-3 text-lg text-green-900">
          {t("practice.drill.done", { right, total: items.filter((i) => !withdrawn[i.versionId]).length })}
        </p>
        <div className="flex flex-wrap gap-3">
          <StartDrillButton fields={againFields(view)} variant="primary">
            {t("practice.drill.again")}
          </StartDrillButton>
          <a href="/practice/mistakes" className="flex min-h-11 items-center rounded-lg border border-slate-300 px-4">
            {t("practice.drill.toMistakes")}
          </a>
          <a href="/practice" className="flex min-h-11 items-center rounded-lg border border-slate-300 px-4">
            {t("practice.drill.back")}
          </a>
        </div>
      </div>
    );
  }

  const item = items[index]!;
  const fb = feedback[item.versionId];
  const isWithdrawn = withdrawn[item.versionId];
  const chosen = fb?.response ?? sent[item.versionId] ?? choice[item.versionId] ?? [];
  const locked = !!fb || !!sent[item.versionId] || isWithdrawn;
  const last = index === items.length - 1;
  const letter = (o: { key: string; text: string }) => (item.type === "true-false" ? o.text : `${o.key}. ${o.text}`);

  return (
    <div className="mx-auto max-w-xl space-y-4">
      {banner}
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-bold">{t("practice.drill.title")}</h1>
        <span className="text-slate-600">{t("practice.drill.progress", { number: index + 1, total: items.length })}</span>
      </div>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" disabled={locked}>
        <legend className="px-1 font-semibold">
          {t("practice.drill.progress", { number: index + 1, total: items.length })} · {t(`exam.type.${item.type}`)}
        </legend>
        {isWithdrawn ? (
          <p role="status">{t("practice.drill.withdrawn")}</p>
        ) : (
          <>
            <p className="whitespace-pre-wrap text-lg">{item.stem}</p>
            <div className="space-y-2">
              {item.options.map((o) => {
                const checked = chosen.includes(o.key);
                const isKey = fb?.key.includes(o.key);
                const tone = fb ? (isKey ? "border-green-600 bg-green-50" : checked ? "border-red-600 bg-red-50" : "border-slate-300") : checked ? "border-blue-600 bg-blue-50" : "border-slate-300";
                return (
                  <label key={o.key} className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-base ${tone}`}>
                    <input
                      type={item.type === "multiple" ? "checkbox" : "radio"}
                      name={`q-${item.versionId}`}
                      checked={checked}
                      onChange={() =>
                        setChoice((c) => {
                          const cur = c[item.versionId] ?? [];
                          const next = item.type === "multiple" ? (cur.includes(o.key) ? cur.filter((k) => k !== o.key) : [...cur, o.key]) : [o.key];
                          return { ...c, [item.versionId]: next };
                        })
                      }
                      className="h-5 w-5 shrink-0"
                    />
                    <span>{letter(o)}</span>
                  </label>
                );
              })}
            </div>
          </>
        )}
      </fieldset>
      {fb && (
        <section role="status" aria-live="polite" className={`space-y-1 rounded-lg border px-4 py-3 ${fb.correct ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}>
          <p className="text-lg font-semibold">{fb.correct ? t("practice.drill.right") : t("practice.drill.wrong")}</p>
          <p>{t("practice.drill.yourAnswer", { answer: keyText(item, fb.response) })}</p>
          <p>{t("practice.drill.key", { key: keyText(item, fb.key) })}</p>
          <p className="font-medium">{t("practice.drill.explanation")}</p>
          <p className="whitespace-pre-wrap">{fb.explanation || t("practice.drill.noExplanation")}</p>
        </section>
      )}
      {!fb && sent[item.versionId] && !isWithdrawn && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          {t("practice.drill.pending")}
        </p>
      )}
      <div className="flex gap-3">
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} className="min-h-12 rounded-lg border border-slate-300 px-4 disabled:opacity-50">
          {t("practice.drill.prev")}
        </button>
        {locked ? (
          <button type="button" onClick={() => setIndex(index + 1)} className="min-h-12 flex-1 rounded-lg bg-blue-700 px-4 text-lg font-medium text-white">
            {last ? t("practice.drill.finish") : t("practice.drill.next")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void submit(item.versionId, [...chosen].sort())}
            disabled={chosen.length === 0}
            className="min-h-12 flex-1 rounded-lg bg-blue-700 px-4 text-lg font-medium text-white disabled:opacity-50"
          >
            {t("practice.drill.submit")}
          </button>
        )}
      </div>
    </div>
  );
}
