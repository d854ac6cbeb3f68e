"use client";

import { useActionState } from "react";
import type { FinalizeState } from "../../../app/examiner/sessions/[sessionId]/actions";

export function FinalizeForm({ sessionId, action, label, done }: { sessionId: string; action: (p: FinalizeState, f: FormData) => Promise<FinalizeState>; label: string; done: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
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
