"use client";

import { useActionState } from "react";
import type { ResultActionState } from "../../../app/admin/results/[sessionId]/actions";

type Action = (p: ResultActionState, f: FormData) => Promise<ResultActionState>;

export function ReleaseForm({ sessionId, action, label, done }: { sessionId: string; action: Action; label: string; done: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
        {label}
      </button>
      {state.ok && <p role="status">{done}</p>}
      {state.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function CorrectionForm({
  sessionId,
  action,
  labels,
  candidates,
  tasks,
}: {
  sessionId: string;
  action: Action;
  labels: Record<"title" | "candidate" | "task" | "points" | "reason" | "submit" | "done", string>;
  candidates: Array<{ id: string; name: string }>;
  tasks: Array<{ id: string; title: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <form action={formAction} className="max-w-xl space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 className="font-semibold">{labels.title}</h2>
      <input type="hidden" name="sessionId" value={sessionId} />
      <label className="block">
        {labels.candidate}
        <select name="candidateId" className={input}>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.task}
        <select name="taskVersionId" className={input}>
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.points}
        <input name="points" type="number" min={0} step="0.5" required className={input} />
      </label>
      <label className="block">
        {labels.reason}
        <textarea name="reason" rows={2} required className={input} />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-3 py-1">
        {labels.submit}
      </button>
      {state.ok && <p role="status">{labels.done.replace("{change}", state.ok)}</p>}
      {state.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
