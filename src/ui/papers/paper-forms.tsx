"use client";

import { useActionState } from "react";
import type { PaperFormState } from "../../../app/admin/papers/actions";

type Opt = { key: string; text: string };
type Props = {
  action: (p: PaperFormState, f: FormData) => Promise<PaperFormState>;
  labels: Record<string, string>;
  levels: Opt[];
  tracks: Opt[];
  types?: Opt[];
  kind: "theory" | "skill";
};
const DEFAULTS: Record<string, [number, number]> = { "true-false": [20, 1], single: [60, 1], multiple: [10, 2] };

export function AssembleForm({ action, labels, levels, tracks, types = [], kind }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  const failure = state.error?.startsWith("form:") ? labels.shortage?.replace("{form}", state.error.slice(5)) : state.error === "skill" ? labels.skillFailed : state.error;
  return (
    <form action={formAction} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <label className="block">
        {labels.name}
        <input name="name" required className={input} />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label>
          {labels.level}
          <select name="level" className={input}>
            {levels.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.track}
          <select name="track" className={input}>
            {tracks.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kind === "theory" && (
        <>
          <fieldset>
            <legend>{labels.forms}</legend>
            <label className="block">
              <input type="radio" name="forms" value="1" defaultChecked /> {labels.forms1}
            </label>
            <label className="block">
              <input type="radio" name="forms" value="2" /> {labels.forms2}
            </label>
          </fieldset>
          <fieldset className="grid gap-2 sm:grid-cols-3">
            <legend>{labels.structure}</legend>
            {types.map((ty) => (
              <div key={ty.key} className="space-y-1">
                <label className="block text-sm">
                  {labels.count?.replace("{type}", ty.text)}
                  <input name={`count_${ty.key}`} type="number" min={0} defaultValue={DEFAULTS[ty.key]?.[0]} className={input} />
                </label>
                <label className="block text-sm">
                  {labels.points?.replace("{type}", ty.text)}
                  <input name={`points_${ty.key}`} type="number" min={0} step="0.01" defaultValue={DEFAULTS[ty.key]?.[1]} className={input} />
                </label>
              </div>
            ))}
          </fieldset>
          <label className="block">
            {labels.avoid}
            <input name="avoidRecentDays" type="number" min={0} defaultValue={0} className={input} />
          </label>
        </>
      )}
      <label className="block">
        {labels.seed}
        <input name="seed" className={input} />
      </label>
      {failure && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          <p>{failure}</p>
          {state.shortages && (
            <ul className="list-disc pl-6">
              {state.shortages.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
