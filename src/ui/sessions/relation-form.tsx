"use client";

import { useActionState } from "react";

export type RelationFormState = { saved?: boolean; error?: string };
type Opt = { key: string; text: string };

export function RelationForm({
  action,
  examiners,
  kinds,
  labels,
}: {
  action: (prev: RelationFormState, form: FormData) => Promise<RelationFormState>;
  examiners: Opt[];
  kinds: Opt[];
  labels: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <form action={formAction} className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <label>
        {labels["examiner"]}
        <select name="examinerId" required className={input}>
          {examiners.map((o) => (
            <option key={o.key} value={o.key}>
              {o.text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels["ticket"]}
        <input name="ticketNumber" required maxLength={20} inputMode="numeric" className={`${input} font-mono`} />
      </label>
      <label>
        {labels["kind"]}
        <select name="kind" className={input}>
          {kinds.map((o) => (
            <option key={o.key} value={o.key}>
              {o.text}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end">
        <input type="checkbox" name="conflict" />
        {labels["conflict"]}
      </label>
      <label className="sm:col-span-2">
        {labels["note"]}
        <input name="note" maxLength={200} className={input} />
      </label>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {labels["submit"]}
        </button>
        {state.saved && (
          <p role="status" className="mt-2 text-green-800">
            {labels["saved"]}
          </p>
        )}
        {state.error && (
          <p role="alert" className="mt-2 text-red-800">
            {state.error}
          </p>
        )}
      </div>
    </form>
  );
}
