"use client";

// The candidate's skill assessment page (issue 14): the plan's tasks with instructions and
// materials, and each deliverable — text and forms saved as they change (sequence numbers, an
// IndexedDB queue resent after a reconnect or reload, "saved" only once the server confirmed),
// files uploaded resumably. The countdown shows the server's remaining time; the heartbeat and
// events reuse the theory exam's endpoints.
import { messageLookup } from "@/i18n/interpolate";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useAttemptClock, type AttemptStatus as Status } from "../exam/use-attempt-clock";
import { useAttemptPresence } from "../exam/use-attempt-presence";
import { deliverableQueue, keyOf } from "./deliverable-queue";
import { FileDeliverable, formatSize, type HandedInFile } from "./file-deliverable";
import { deliverableProblems } from "./incomplete";
import { FieldsEditor, TextEditor, type FieldsValue, type TextValue } from "./value-editors";

type Deliverable =
  | { id: string; title: string; instructions?: string; kind: "text"; rich: boolean; maxLength: number }
  | { id: string; title: string; instructions?: string; kind: "fields"; fields: Parameters<typeof FieldsEditor>[0]["fields"]; rows?: { min: number; max: number } }
  | { id: string; title: string; instructions?: string; kind: "files"; accept: string[]; maxBytes: number; maxCount: number };
type Task = { versionId: string; title: string; instructions: string; points: number; minutes: number; materials: Array<{ fileId: string; title: string; name: string; size: number }>; deliverables: Deliverable[] };
type View = {
  sessionName: string;
  status: Status;
  submittedBy: string | null;
  remainingSeconds: number;
  lastSeq: number;
  startedAt: string;
  tasks: Task[];
  answers: Array<{ taskVersionId: string; deliverableId: string; value: unknown; seq: number }>;
  files: Array<HandedInFile & { taskVersionId: string; deliverableId: string }>;
};

const SEND_AFTER_MS = 500;

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = String(m).padStart(2, "0");
  const ss = String(r).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function SkillApp({ attemptId, messages }: { attemptId: string; messages: Record<string, string> }) {
  const t = useMemo(() => messageLookup(messages), [messages]);
  const uploadMessages = useMemo(() => Object.fromEntries(Object.entries(messages).filter(([k]) => k.startsWith("uploads.client."))), [messages]);
  const [view, setView] = useState<View | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [latest, setLatest] = useState<Record<string, number>>({});
  const [confirmed, setConfirmed] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, HandedInFile[]>>({});
  const [busyUploads, setBusyUploads] = useState<Record<string, boolean>>({});
  const [online, setOnline] = useState(true);
  const { status, submittedBy, remaining, statusRef, sync, closed, submitted } = useAttemptClock();
  const [confirming, setConfirming] = useState(false);
  const seq = useRef(0);
  const startedAtMs = useRef(0);
  const flushing = useRef(false);
  const sendTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const p of await deliverableQueue.list(attemptId)) {
        const key = keyOf(attemptId, p.taskVersionId, p.deliverableId);
        const res = await fetch(`/api/exam/skill/${attemptId}/deliverables`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ taskVersionId: p.taskVersionId, deliverableId: p.deliverableId, value: p.value, seq: p.seq }),
          cache: "no-store",
        }).catch(() => null);
        if (!res) return setOnline(false);
        setOnline(true);
        const body = await res.json().catch(() => ({}));
        if (res.ok) {
          await deliverableQueue.ack(p);
          const currentSeq: number = body.currentSeq ?? p.seq;
          if (body.current !== undefined && currentSeq > p.seq) {
            setValues((v) => ({ ...v, [key]: body.current }));
            setLatest((l) => ({ ...l, [key]: Math.max(l[key] ?? 0, currentSeq) }));
          }
          setConfirmed((c) => ({ ...c, [key]: Math.max(c[key] ?? 0, currentSeq) }));
          setErrors(({ [key]: _gone, ...rest }) => rest);
          if (typeof body.remainingSeconds === "number") sync(body.remainingSeconds);
        } else if (res.status === 409) {
          closed(body?.error?.code === "CONFLICT");
          return;
        } else if (res.status === 422 || res.status === 404) {
          // Refused (e.g. too long): keep the text on screen with the reason; do not resend it.
          await deliverableQueue.ack(p);
          setErrors((e) => ({ ...e, [key]: body?.error?.message ?? res.statusText }));
        } else return; // 401 or a server error: keep it and retry later
      }
    } finally {
      flushing.current = false;
    }
  }, [attemptId, sync, closed]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const res = await fetch(`/api/exam/skill/${attemptId}`, { cache: "no-store" }).catch(() => null);
      if (!res) return setLoadError("network");
      const body = await res.json();
      if (!res.ok) return setLoadError(body?.error?.message ?? res.statusText);
      const v = body as View;
      const pending = await deliverableQueue.list(attemptId);
      if (cancelled) return;
      const val: Record<string, unknown> = {};
      const c: Record<string, number> = {};
      const l: Record<string, number> = {};
      for (const a of v.answers) {
        const key = keyOf(attemptId, a.taskVersionId, a.deliverableId);
        val[key] = a.value;
        c[key] = a.seq;
        l[key] = a.seq;
      }
      for (const p of pending) {
        const key = keyOf(attemptId, p.taskVersionId, p.deliverableId);
        if ((c[key] ?? 0) >= p.seq) continue;
        val[key] = p.value;
        l[key] = p.seq;
      }
      const f: Record<string, HandedInFile[]> = {};
      for (const x of v.files) (f[keyOf(attemptId, x.taskVersionId, x.deliverableId)] ??= []).push(x);
      seq.current = Math.max(v.lastSeq, ...pending.map((p) => p.seq), 0);
      startedAtMs.current = Date.parse(v.startedAt);
      setValues(val);
      setConfirmed(c);
      setLatest(l);
      setFiles(f);
      setView(v);
      sync(v.remainingSeconds, v.status, v.submittedBy);
      void flush();
    })();
    return () => {
      cancelled = true;
    };
  }, [attemptId, flush, sync]);


  const beat = useCallback(async () => {
    const res = await fetch(`/api/exam/attempts/${attemptId}/heartbeat`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) return setOnline(false);
    setOnline(true);
    if (res.ok) {
      const b = await res.json();
      sync(b.remainingSeconds, b.status, b.submittedBy);
    }
  }, [attemptId, sync]);

  // Presence, retries and reconnects; a heartbeat after the clock reaches zero.
  useAttemptPresence({ beat, flush, setOnline, clockAtZero: status === "in_progress" && !!view && remaining <= 0 });

  const change = useCallback(
    async (taskVersionId: string, deliverableId: string, value: TextValue | FieldsValue) => {
      if (statusRef.current !== "in_progress") return;
      // As theory answers: sequence numbers follow the clock and never go back.
      const s = Math.max(seq.current + 1, Date.now() - startedAtMs.current);
      seq.current = s;
      const key = keyOf(attemptId, taskVersionId, deliverableId);
      setValues((v) => ({ ...v, [key]: value }));
      setLatest((l) => ({ ...l, [key]: s }));
      await deliverableQueue.put({ attemptId, taskVersionId, deliverableId, value, seq: s });
      if (sendTimer.current) clearTimeout(sendTimer.current);
      sendTimer.current = setTimeout(() => void flush(), SEND_AFTER_MS);
    },
    [attemptId, flush, statusRef],
  );

  const onStored = useCallback((key: string, maxCount: number, f: HandedInFile) => {
    setFiles((all) => {
      const list = all[key] ?? [];
      if (list.some((x) => x.id === f.id)) return all;
      return { ...all, [key]: maxCount === 1 ? [f] : [...list, f] };
    });
  }, []);
  // After a final upload refusal: the files as the server has them (another tab may have added some).
  const refreshFiles = useCallback(async () => {
    const res = await fetch(`/api/exam/skill/${attemptId}`, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const v = (await res.json()) as View;
    const f: Record<string, HandedInFile[]> = {};
    for (const x of v.files) (f[keyOf(attemptId, x.taskVersionId, x.deliverableId)] ??= []).push(x);
    setFiles(f);
  }, [attemptId]);
  const onBusy = useCallback((key: string, busy: boolean) => setBusyUploads((b) => (b[key] === busy ? b : { ...b, [key]: busy })), []);
  async function remove(key: string, submissionFileId: string) {
    const res = await fetch(`/api/exam/skill/${attemptId}/files/${submissionFileId}`, { method: "DELETE", cache: "no-store" }).catch(() => null);
    if (res?.ok) setFiles((all) => ({ ...all, [key]: (all[key] ?? []).filter((x) => x.id !== submissionFileId) }));
  }

  const unsent = Object.keys(latest).filter((k) => (latest[k] ?? 0) > (confirmed[k] ?? 0)).length;
  const uploading = Object.values(busyUploads).some(Boolean);

  async function submit() {
    const res = await fetch(`/api/exam/skill/${attemptId}/submit`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) return setOnline(false);
    if (res.ok) {
      const b = await res.json();
      submitted(b.by ?? "candidate");
      setConfirming(false);
    }
  }

  if (loadError) return <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{t("exam.error.load", { message: loadError })}</p>;
  if (!view) return <p role="status">…</p>;
  if (status === "submitted") {
    const key = submittedBy === "deadline" ? "exam.done.deadline" : submittedBy === "proctor" ? "exam.done.proctor" : "exam.done.candidate";
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">{t("exam.done.title")}</h1>
        <p role="status">{t(key)}</p>
      </section>
    );
  }
  const disabled = status !== "in_progress";
  // For the submit dialog: each deliverable not finished yet, with what is missing.
  const incomplete = view.tasks.flatMap((task, ti) =>
    task.deliverables.flatMap((d) => {
      const key = keyOf(attemptId, task.versionId, d.id);
      const problems = deliverableProblems(d, values[key] ?? null, files[key]?.length ?? 0);
      return problems.length === 0 ? [] : [{ key, line: t("skill.incomplete.line", { task: ti + 1, title: d.title, problems: problems.map((p) => t(p.key, p.params)).join(t("skill.incomplete.sep")) }) }];
    }),
  );
  const savedState = (key: string) => (errors[key] ? t("skill.saveError", { message: errors[key]! }) : (latest[key] ?? 0) > (confirmed[key] ?? 0) ? t("skill.unsaved") : latest[key] ? t("skill.saved") : t("skill.notStarted"));

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 py-2">
        <h1 className="text-xl font-bold">{view.sessionName}</h1>
        <div role="timer" aria-label={t("exam.timeLeft")} className={`font-mono text-2xl ${remaining < 300 ? "text-red-700" : ""}`}>
          {t("exam.timeLeft")} {clock(remaining)}
        </div>
        <button type="button" onClick={() => setConfirming(true)} disabled={disabled} className="rounded bg-blue-700 px-4 py-1 text-white disabled:opacity-60">
          {t("exam.submit")}
        </button>
      </div>
      {!online && (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-900">
          {t("exam.offline", { count: unsent })}
        </p>
      )}
      {status === "paused" && (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2">
          {t("exam.paused")}
        </p>
      )}
      <p className="text-sm text-slate-700">{t("skill.rules")}</p>
      {view.tasks.map((task, ti) => (
        <section key={task.versionId} aria-labelledby={`task-${ti}`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 id={`task-${ti}`} className="text-lg font-semibold">
            {t("skill.task", { number: ti + 1, title: task.title })}
          </h2>
          <p className="text-sm text-slate-600">{t("skill.taskMeta", { points: task.points, minutes: task.minutes })}</p>
          <p className="whitespace-pre-wrap">{task.instructions}</p>
          <h3 className="font-medium">{t("skill.materials")}</h3>
          {task.materials.length === 0 ? (
            <p className="text-sm">{t("skill.noMaterials")}</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {task.materials.map((m) => (
                <li key={m.fileId}>
                  <a href={`/api/files/${m.fileId}?download=1`} download={m.name} className="text-blue-700 underline">
                    {t("skill.download")} {m.title}（{m.name}，{formatSize(m.size)}）
                  </a>
                </li>
              ))}
            </ul>
          )}
          <h3 className="font-medium">{t("skill.deliverables")}</h3>
          {task.deliverables.map((d) => {
            const key = keyOf(attemptId, task.versionId, d.id);
            return (
              <fieldset key={d.id} className="space-y-2 rounded border border-slate-200 p-3" disabled={disabled}>
                <legend className="px-1 font-medium">
                  {d.title} · {t(`skill.kind.${d.kind}`)}
                </legend>
                {d.instructions && <p className="whitespace-pre-wrap text-sm text-slate-700">{d.instructions}</p>}
                {d.kind === "text" && <TextEditor id={`d-${ti}-${d.id}`} title={d.title} rich={d.rich} maxLength={d.maxLength} value={(values[key] as TextValue) ?? null} disabled={disabled} t={t} onChange={(v) => void change(task.versionId, d.id, v)} />}
                {d.kind === "fields" && <FieldsEditor id={`d-${ti}-${d.id}`} fields={d.fields} rows={d.rows} value={(values[key] as FieldsValue) ?? null} disabled={disabled} t={t} onChange={(v) => void change(task.versionId, d.id, v)} />}
                {d.kind === "files" ? (
                  <FileDeliverable
                    attemptId={attemptId}
                    taskVersionId={task.versionId}
                    spec={d}
                    files={files[key] ?? []}
                    disabled={disabled}
                    t={t}
                    uploadMessages={uploadMessages}
                    onStored={(f) => onStored(key, d.maxCount, f)}
                    onRemove={(id) => void remove(key, id)}
                    onBusy={(b) => onBusy(key, b)}
                    onRefused={refreshFiles}
                  />
                ) : (
                  <p aria-live="polite" data-testid={`saved-${d.id}`} className={errors[key] ? "text-sm text-red-800" : (latest[key] ?? 0) > (confirmed[key] ?? 0) ? "text-sm text-amber-700" : "text-sm text-green-800"}>
                    {d.title}：{savedState(key)}
                  </p>
                )}
              </fieldset>
            );
          })}
        </section>
      ))}
      {confirming && (
        <div className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4">
          <div role="dialog" aria-modal="true" aria-labelledby="confirm-title" className="max-w-lg space-y-3 rounded bg-white p-5 shadow-lg">
            <h2 id="confirm-title" className="text-lg font-semibold">
              {t("skill.confirm.title")}
            </h2>
            <p>{t("skill.confirm.body")}</p>
            {incomplete.length > 0 && (
              <div className="text-amber-900">
                <p>{t("skill.confirm.incomplete")}</p>
                <ul className="list-disc pl-5 text-sm">
                  {incomplete.map((x) => (
                    <li key={x.key}>{x.line}</li>
                  ))}
                </ul>
              </div>
            )}
            {unsent > 0 && <p className="text-red-800">{t("skill.confirm.pending", { count: unsent })}</p>}
            {uploading && <p className="text-amber-800">{t("skill.confirm.uploading")}</p>}
            <div className="flex justify-end gap-2">
              <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 px-3 py-1">
                {t("exam.confirm.cancel")}
              </button>
              <button type="button" onClick={() => void submit()} disabled={unsent > 0} className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-60">
                {t("exam.confirm.ok")}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
