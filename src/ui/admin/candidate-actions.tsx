"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useActionState } from "react";
import type { DecisionState, RevealState } from "../../../app/admin/candidates/[id]/actions";


export function RevealNumbers({
  candidateId,
  action,
  labels,
}: {
  candidateId: string;
  action: (p: RevealState, f: FormData) => Promise<RevealState>;
  labels: { reveal: string; note: string; full: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="candidateId" value={candidateId} />
      {state.idNumber ? (
        <p role="status" className="font-mono">
          {fill(labels.full, { id: state.idNumber, phone: state.phone ?? "—" })}
        </p>
      ) : (
        <>
          <button type="submit" disabled={pending} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
            {labels.reveal}
          </button>
          <p className="text-xs text-slate-500">{labels.note}</p>
        </>
      )}
    </form>
  );
}

export function EligibilityDecision({
  candidateId,
  action,
  labels,
}: {
  candidateId: string;
  action: (p: DecisionState, f: FormData) => Promise<DecisionState>;
  labels: { title: string; reason: string; approve: string; reject: string; reevaluate: string };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="candidateId" value={candidateId} />
      <label className="block">
        <span className="text-sm font-medium">{labels.reason}</span>
        <textarea name="reason" rows={2} maxLength={500} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
      </label>
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <div className="flex gap-2">
        <button name="decision" value="APPROVED" disabled={pending} className="rounded bg-green-700 px-3 py-1 text-white">
          {labels.approve}
        </button>
        <button name="decision" value="REJECTED" disabled={pending} className="rounded bg-red-700 px-3 py-1 text-white">
          {labels.reject}
        </button>
        <button name="decision" value="REEVALUATE" disabled={pending} className="rounded border border-slate-300 px-3 py-1">
          {labels.reevaluate}
        </button>
      </div>
    </form>
  );
}
