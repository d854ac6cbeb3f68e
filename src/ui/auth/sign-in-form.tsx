"use client";

import { useActionState } from "react";
import type { SignInState } from "../../../app/signin/actions";

type Labels = { identifier: string; password: string; submit: string; pending: string };

export function SignInForm({
  action,
  labels,
  next,
}: {
  action: (prev: SignInState, form: FormData) => Promise<SignInState>;
  labels: Labels;
  next?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-sm space-y-4">
      {next && <input type="hidden" name="next" value={next} />}
      <label className="block">
        <span className="text-sm font-medium">{labels.identifier}</span>
        <input name="identifier" required autoComplete="username" defaultValue={state.identifier} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <label className="block">
        <span className="text-sm font-medium">{labels.password}</span>
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
