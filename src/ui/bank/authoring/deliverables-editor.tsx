"use client";

// The deliverables editor of a skill task (issue 14): add, remove and reorder deliverables, set
// each kind's settings and automatic checks, and mark rubric criteria automatic. The whole working
// copy is sent as JSON ({ deliverables, auto }) to the server action, which validates it with the
// model's zod schema (src/exam/deliverables.ts) and answers with Chinese messages naming the
// deliverable and setting; they are shown above the save button and nothing is saved.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { messageLookup } from "@/i18n/interpolate";
import type { DeliverablesFormState } from "../../../../app/admin/tasks/actions";
import { AutoCriteria } from "./auto-criteria";
import { autoFromDrafts, autoToDrafts, type AutoDraft, type StoredAuto } from "./auto-drafts";
import { DeliverableCard } from "./deliverable-card";
import { fromDrafts, newDeliverable, toDrafts, type DeliverableDraft, type DeliverableKind } from "./drafts";
import { SelectInput } from "./inputs";

export function DeliverablesEditor(p: {
  taskId: string;
  version: number;
  /** The version id and revision the page loaded (refreshed after each own save), sent back so a stale save is refused. */
  versionId: string;
  revision: number;
  used: boolean;
  deliverables: unknown[];
  rubric: Array<{ id: string; title: string; points: number; auto: StoredAuto }>;
  messages: Record<string, string>;
  action: (s: DeliverablesFormState, f: FormData) => Promise<DeliverablesFormState>;
}) {
  const t = messageLookup(p.messages);
  const [initial] = useState(() => {
    const drafts = toDrafts(p.deliverables);
    return { drafts, auto: autoToDrafts(p.rubric, drafts) };
  });
  const [drafts, setDrafts] = useState<DeliverableDraft[]>(initial.drafts);
  const [auto, setAuto] = useState<Record<string, AutoDraft | null>>(initial.auto);
  const [newKind, setNewKind] = useState<DeliverableKind>("text");
  const [state, dispatch, pending] = useActionState(p.action, {});
  const mimeName = (mime: string) => p.messages[`uploads.mime.${mime}`] ?? mime;

  const update = (i: number, d: DeliverableDraft) => setDrafts((all) => all.map((x, j) => (j === i ? d : x)));
  const move = (i: number, delta: -1 | 1) =>
    setDrafts((all) => {
      const j = i + delta;
      if (j < 0 || j >= all.length) return all;
      const next = [...all];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });

  function save(event: FormEvent) {
    event.preventDefault();
    const form = new FormData();
    form.set("taskId", p.taskId);
    form.set("versionId", p.versionId);
    form.set("revision", String(p.revision));
    form.set("payload", JSON.stringify({ deliverables: fromDrafts(drafts), auto: autoFromDrafts(auto, drafts) }));
    startTransition(() => dispatch(form));
  }

  return (
    // noValidate: the server validates everything and names the deliverable and setting (the
    // browser's own bubbles for min/max would block the submit without saying which deliverable).
    <form onSubmit={save} noValidate aria-labelledby="deliverables-heading" className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="deliverables-heading" className="text-lg font-semibold">
        {t("authoring.deliverables.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("authoring.deliverables.help")}</p>
      {p.used && (
        <p role="note" className="rounded bg-amber-50 px-3 py-2 text-amber-900">
          {t("authoring.usedNotice", { version: p.version })}
        </p>
      )}
      {drafts.length === 0 && <p>{t("authoring.deliverables.none")}</p>}
      {drafts.map((d, i) => (
        <DeliverableCard
          key={d._key}
          draft={d}
          index={i}
          count={drafts.length}
          t={t}
          mimeName={mimeName}
          onChange={(next) => update(i, next)}
          onMove={(delta) => move(i, delta)}
          onRemove={() => setDrafts((all) => all.filter((_, j) => j !== i))}
        />
      ))}
      <div className="flex items-end gap-2">
        <SelectInput
          label={t("authoring.newKind")}
          value={newKind}
          onChange={(v) => setNewKind(v as DeliverableKind)}
          options={(["text", "fields", "files"] as const).map((k) => ({ value: k, text: t(`authoring.kind.${k}`) }))}
        />
        <button
          type="button"
          onClick={() => setDrafts((all) => [...all, newDeliverable(newKind, all.map((d) => String(d.id ?? "")))])}
          className="rounded border border-blue-700 px-3 py-1 text-blue-800"
        >
          {t("authoring.add")}
        </button>
      </div>
      <AutoCriteria rubric={p.rubric} auto={auto} drafts={drafts} t={t} onChange={(id, a) => setAuto((all) => ({ ...all, [id]: a }))} />
      {state.errors && state.errors.length > 0 && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          <p className="font-medium">{t("authoring.errors")}</p>
          <ul className="list-disc pl-6">
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {state.savedVersion !== undefined && !pending && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {state.newVersion ? t("authoring.savedNewVersion", { version: state.savedVersion }) : t("authoring.saved", { version: state.savedVersion })}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
        {t("authoring.save")}
      </button>
    </form>
  );
}
