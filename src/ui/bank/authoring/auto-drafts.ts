// The editor's working copy of automatic criteria (issue 14). A link is held by the React keys
// of the deliverable and the check (so it follows them when deliverables are reordered, renamed
// or checks removed) and turned into `{ deliverableId, checkIndex, rule }` when saving. A link
// whose check is gone is sent as an empty choice, which the server refuses naming the criterion.
// Pure: no React, no I/O.
import type { DeliverableDraft } from "./drafts";

export type AutoRule = "all-or-nothing" | "proportional";
export type AutoDraft = { deliverableKey: string; checkKey: string; rule: AutoRule };
export type StoredAuto = { deliverableId: string; checkIndex: number; rule: string } | null;

/** Stored links (criterion id → link) → drafts over `drafts`; a link to nothing becomes an empty choice. */
export function autoToDrafts(rubric: Array<{ id: string; auto: StoredAuto }>, drafts: DeliverableDraft[]): Record<string, AutoDraft | null> {
  return Object.fromEntries(
    rubric.map((c) => {
      if (!c.auto) return [c.id, null];
      const d = drafts.find((x) => x.id === c.auto!.deliverableId);
      const check = d?.checks[c.auto.checkIndex];
      const rule: AutoRule = c.auto.rule === "proportional" ? "proportional" : "all-or-nothing";
      return [c.id, { deliverableKey: d?._key ?? "", checkKey: check?._key ?? "", rule }];
    }),
  );
}

/** Drafts → what the server takes: criterion id → `{ deliverableId, checkIndex, rule }` or null. */
export function autoFromDrafts(auto: Record<string, AutoDraft | null>, drafts: DeliverableDraft[]): Record<string, { deliverableId: string; checkIndex: number; rule: AutoRule } | null> {
  return Object.fromEntries(
    Object.entries(auto).map(([id, a]) => {
      if (!a) return [id, null];
      const d = drafts.find((x) => x._key === a.deliverableKey);
      const checkIndex = d ? d.checks.findIndex((c) => c._key === a.checkKey) : -1;
      return [id, { deliverableId: d && checkIndex >= 0 ? String(d.id ?? "") : "", checkIndex, rule: a.rule }];
    }),
  );
}

/** Every check of every deliverable as a choice for a criterion: value "deliverableKey|checkKey". */
export function checkChoices(drafts: DeliverableDraft[]): Array<{ value: string; deliverable: string; number: number; kind: string }> {
  return drafts.flatMap((d) => d.checks.map((c, i) => ({ value: `${d._key}|${c._key}`, deliverable: String(d.title || d.id || ""), number: i + 1, kind: c.kind })));
}
