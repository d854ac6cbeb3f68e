"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useActionState } from "react";
import type { RegradeState } from "../../../app/admin/items/actions";
import { itemTextSummary } from "../item-text";

const pts = (h: number) => (h / 100).toFixed(2);

export function RegradeForm({
  action,
  itemVersionId,
  type,
  options,
  answer,
  labels,
}: {
  action: (p: RegradeState, f: FormData) => Promise<RegradeState>;
  itemVersionId: string;
  type: "true-false" | "single" | "multiple";
  options: Array<{ key: string; text: string }>;
  answer: string[];
  labels: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <section aria-labelledby="regrade" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <h2 id="regrade" className="text-xl font-semibold">
        {labels.title}
      </h2>
      <p className="text-sm">{labels.help}</p>
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="itemVersionId" value={itemVersionId} />
        <fieldset>
          <legend>{labels.answer}</legend>
          {options.map((o) => (
            <label key={o.key} className="mr-4">
              <input type={type === "multiple" ? "checkbox" : "radio"} name="answer" value={o.key} defaultChecked={answer.includes(o.key)} /> {o.key}. {itemTextSummary(o.text, labels.image ?? "")}
            </label>
          ))}
        </fieldset>
        <label className="block">
          {labels.reason}
          <textarea name="reason" rows={2} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1" />
        </label>
        <div className="flex gap-2">
          <button type="submit" name="mode" value="dry-run" disabled={pending} className="rounded border border-slate-400 bg-white px-3 py-1">
            {labels.dryRun}
          </button>
          <button type="submit" name="mode" value="apply" disabled={pending} className="rounded bg-amber-700 px-3 py-1 text-white">
            {labels.apply}
          </button>
        </div>
      </form>
      {state.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
      {state.result && (
        <div role="status" className="space-y-2">
          <p>{fill(state.result.applied ? labels.applied! : labels.summary!, { affected: state.result.affected, changed: state.result.changes.length })}</p>
          {state.result.changes.length > 0 && (
            <table className="w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="text-left">
                  {["name", "before", "after", "delta", "pass"].map((c) => (
                    <th key={c} scope="col" className="border px-2 py-1">
                      {labels[`col.${c}`]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.result.changes.map((c) => (
                  <tr key={c.attemptId}>
                    <td className="border px-2 py-1">
                      {c.name}（{c.ticketNumber}）
                    </td>
                    <td className="border px-2 py-1">{pts(c.before)}</td>
                    <td className="border px-2 py-1">{pts(c.after)}</td>
                    <td className="border px-2 py-1">{(c.delta > 0 ? "+" : "") + pts(c.delta)}</td>
                    <td className="border px-2 py-1">
                      {c.passBefore ? "✓" : "✗"} → {c.passAfter ? "✓" : "✗"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
