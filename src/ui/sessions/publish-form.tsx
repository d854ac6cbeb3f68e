"use client";

import { useActionState } from "react";

export type PublishFormState = { violations?: string[]; error?: string };

export function PublishForm({
  sessionId,
  action,
  labels,
}: {
  sessionId: string;
  action: (prev: PublishFormState, form: FormData) => Promise<PublishFormState>;
  labels: { submit: string; hint: string; failed: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <p className="text-sm text-slate-700">{labels.hint}</p>
      <button type="submit" disabled={pending} className="rounded bg-green-700 px-4 py-2 text-white disabled:opacity-60">
        {labels.submit}
      </button>
      {(state.error || (state.violations && state.violations.length > 0)) && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          <p>{labels.failed}</p>
          <ul className="list-disc pl-6">
            {state.error && <li>{state.error}</li>}
            {state.violations?.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
