"use client";

import { useActionState } from "react";

export type RoomFormState = { created?: string; error?: string };
type Props = {
  action: (prev: RoomFormState, form: FormData) => Promise<RoomFormState>;
  kinds: Array<{ key: string; text: string }>;
  labels: { name: string; kind: string; capacity: string; location: string; submit: string; created: string; error: string };
};

export function RoomForm({ action, kinds, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <form action={formAction} className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <label>
        {labels.name}
        <input name="name" required maxLength={60} className={input} />
      </label>
      <label>
        {labels.kind}
        <select name="kind" className={input} defaultValue="computer-room">
          {kinds.map((k) => (
            <option key={k.key} value={k.key}>
              {k.text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.capacity}
        <input name="capacity" type="number" min={1} max={1000} required defaultValue={30} className={input} />
      </label>
      <label>
        {labels.location}
        <input name="location" maxLength={120} className={input} />
      </label>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {labels.submit}
        </button>
        {state.created && (
          <p role="status" className="mt-2 text-green-800">
            {labels.created.replace("{name}", state.created)}
          </p>
        )}
        {state.error && (
          <p role="alert" className="mt-2 text-red-800">
            {labels.error.replace("{message}", state.error)}
          </p>
        )}
      </div>
    </form>
  );
}
