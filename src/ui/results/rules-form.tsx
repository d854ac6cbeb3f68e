"use client";

import { useActionState } from "react";
import type { ResultActionState } from "../../../app/admin/results/[sessionId]/actions";

type Rules = { multipleRule: string; panelMethod: string; adjudicationPercent: number; heavyThreshold: number };

export function ScoringRulesForm({ sessionId, rules, action, labels }: { sessionId: string; rules: Rules; action: (p: ResultActionState, f: FormData) => Promise<ResultActionState>; labels: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <form action={formAction} className="max-w-xl space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 className="font-semibold">{labels.title}</h2>
      <p className="text-sm text-slate-600">{labels.help}</p>
      <input type="hidden" name="sessionId" value={sessionId} />
      <label className="block">
        {labels.multipleRule}
        <select name="multipleRule" defaultValue={rules.multipleRule} className={input}>
          {["all-or-nothing", "partial"].map((v) => (
            <option key={v} value={v}>
              {labels[`multipleRule.${v}`]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.panelMethod}
        <select name="panelMethod" defaultValue={rules.panelMethod} className={input}>
          {["mean", "median", "trimmed-mean"].map((v) => (
            <option key={v} value={v}>
              {labels[`panelMethod.${v}`]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.adjudicationPercent}
        <input name="adjudicationPercent" type="number" min={1} max={100} defaultValue={rules.adjudicationPercent} className={input} />
      </label>
      <label className="block">
        {labels.heavyThreshold}
        <input name="heavyThreshold" type="number" min={1} max={100} defaultValue={rules.heavyThreshold} className={input} />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-3 py-1">
        {labels.save}
      </button>
      {state.ok && <p role="status">{labels.saved}</p>}
      {state.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
