"use client";

import { useActionState, type ReactNode } from "react";

export type ActionState = { ok?: string; error?: string; lines?: string[] };
export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A form posting to a server action, with its fields given as children (rendered on the server),
 * one submit button, and the outcome announced: `ok` as a status, `error` as an alert, `lines`
 * listed below. Used by the certificates, reviews and photos pages.
 */
export function ActionForm({ action, submit, pending, children, className, danger }: { action: FormAction; submit: string; pending: string; children?: ReactNode; className?: string; danger?: boolean }) {
  const [state, formAction, busy] = useActionState(action, {});
  return (
    <form action={formAction} className={className ?? "space-y-2"}>
      {children}
      <button type="submit" disabled={busy} className={`rounded px-4 py-2 text-white disabled:opacity-60 ${danger ? "bg-red-700 hover:bg-red-800" : "bg-blue-700 hover:bg-blue-800"}`}>
        {busy ? pending : submit}
      </button>
      {state.ok && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {state.ok}
        </p>
      )}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      {state.lines && state.lines.length > 0 && (
        <ul className="list-disc pl-6 text-sm">
          {state.lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
