"use client";

import { useActionState } from "react";
import type { PasswordState } from "../../../app/account/password/actions";

type Labels = { current: string; next: string; confirm: string; rules: string; submit: string };

export function PasswordForm({ action, labels }: { action: (p: PasswordState, f: FormData) => Promise<PasswordState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, {});
  const field = (name: string, label: string, autoComplete: string, describedBy?: string) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input
        name={name}
        type="password"
        required
        autoComplete={autoComplete}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
      />
    </label>
  );
  return (
    <form action={formAction} className="max-w-sm space-y-4">
      {field("current", labels.current, "current-password")}
      {field("next", labels.next, "new-password", "password-rules")}
      <p id="password-rules" className="text-sm text-slate-600">
        {labels.rules}
      </p>
      {field("confirm", labels.confirm, "new-password")}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
