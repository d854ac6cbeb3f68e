"use client";

// The item list's bulk action: set the use of every item matching the current filter. The
// filter travels as hidden fields; the server applies it again (nothing is trusted from the list).
import { useActionState } from "react";
import { interpolate } from "@/i18n/interpolate";
import type { BulkUseState } from "../../../app/admin/items/actions";

export function BulkUseForm({
  action,
  filter,
  total,
  labels,
  uses,
}: {
  action: (p: BulkUseState, f: FormData) => Promise<BulkUseState>;
  filter: Record<string, string>;
  total: number;
  labels: { title: string; apply: string; result: string; keptBack: string };
  uses: Array<{ value: string; label: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3 text-sm">
      {Object.entries(filter).map(([k, v]) => (
        <input key={k} type="hidden" name={`filter.${k}`} value={v} />
      ))}
      <label className="flex flex-col">
        {interpolate(labels.title, { total })}
        <select name="use" className="mt-1 rounded border border-slate-300 px-2 py-1">
          {uses.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending || total === 0} className="rounded border border-slate-400 px-3 py-1.5 disabled:opacity-60">
        {labels.apply}
      </button>
      {state.error && (
        <p role="alert" className="w-full text-red-800">
          {state.error}
        </p>
      )}
      {state.result && (
        <div role="status" className="w-full text-green-900">
          <p>{interpolate(labels.result, { changed: state.result.changed, unchanged: state.result.unchanged, keptBack: state.result.keptBack.length })}</p>
          {state.result.keptBack.length > 0 && (
            <p className="text-amber-800">{interpolate(labels.keptBack, { papers: [...new Set(state.result.keptBack.map((k) => k.paper))].slice(0, 5).join("、") })}</p>
          )}
        </div>
      )}
    </form>
  );
}
