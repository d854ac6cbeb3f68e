"use client";

import Link from "next/link";
import { useActionState } from "react";

export type CohortFormState = { ok?: boolean; sessions?: number; placed?: number; shortages?: string[]; violations?: string[]; error?: string };
type Opt = { key: string; text: string };

export function CohortForm({
  action,
  modes,
  levels,
  tracks,
  rooms,
  labels,
  purpose = "first",
}: {
  action: (prev: CohortFormState, form: FormData) => Promise<CohortFormState>;
  modes: Opt[];
  levels: Opt[];
  tracks: Opt[];
  rooms: Opt[];
  labels: Record<string, string>;
  /** "resit": schedule the candidates who must sit the part again (补考). */
  purpose?: "first" | "resit";
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  const select = (name: string, label: string | undefined, opts: Opt[]) => (
    <label>
      {label}
      <select name={name} className={input}>
        {opts.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form action={formAction} className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <input type="hidden" name="purpose" value={purpose} />
      <label className="block">
        {labels["name"]}
        <input name="name" required maxLength={80} className={input} />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        {select("mode", labels["mode"], modes)}
        {select("level", labels["level"], levels)}
        {select("track", labels["track"], tracks)}
      </div>
      <label className="block">
        {labels["sittings"]}
        <textarea name="sittings" required rows={4} className={`${input} font-mono`} />
      </label>
      <label className="block">
        {labels["minutes"]}
        <input name="minutes" type="number" min={1} max={1440} defaultValue={90} required className={input} />
      </label>
      <fieldset>
        <legend>{labels["rooms"]}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {rooms.map((r) => (
            <label key={r.key} className="flex items-center gap-2">
              <input type="checkbox" name="roomIds" value={r.key} />
              {r.text}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
        {pending ? labels["working"] : labels["submit"]}
      </button>
      {state.ok && (
        <div role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2">
          <p>{(labels["done"] ?? "").replace("{sessions}", String(state.sessions)).replace("{placed}", String(state.placed))}</p>
          <Link href="/admin/sessions" className="text-blue-700 underline">
            {labels["open"]}
          </Link>
        </div>
      )}
      {(state.ok === false || state.error) && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          <p>{state.error ?? labels["failed"]}</p>
        </div>
      )}
      {state.shortages && state.shortages.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          <p>{labels["shortages"]}</p>
          <ul className="list-disc pl-6">
            {state.shortages.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      {state.violations && state.violations.length > 0 && (
        <div className="rounded border border-red-300 bg-red-50 px-3 py-2">
          <p>{labels["violations"]}</p>
          <ul className="list-disc pl-6">
            {state.violations.map((s, i) => (
              <li key={`${i}-${s}`}>{s}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
