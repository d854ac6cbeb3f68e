// The deliverables editor's working copy (issue 14) and its conversion to and from what is stored
// (DeliverableSpec JSON, src/exam/deliverables.ts). A draft is the stored object plus editor-only
// keys starting with "_": `_key` (a stable React key) and the raw text of list settings
// (`_words`, `_options`, `_expected` …), parsed back when serialising. Validation stays on the
// server (deliverableIssues): serialising never refuses, it passes through what it cannot parse
// so that the server's message names the setting. Pure: no React, no I/O.
import type { CheckKind } from "@/grading/checks";

export type Json = Record<string, unknown>;
export type DeliverableKind = "text" | "fields" | "files";
export type CheckDraft = Json & { _key: string; kind: CheckKind };
export type FieldDraft = Json & { _key: string };
export type DeliverableDraft = Json & { _key: string; kind: DeliverableKind; checks: CheckDraft[]; fields?: FieldDraft[] };

let counter = 0;
/** A key unique within this page. */
export const newKey = () => `k${++counter}`;

/** Which check kinds fit which deliverable kind (as deliverableIssues enforces). */
export const CHECK_KINDS_FOR: Record<DeliverableKind, CheckKind[]> = {
  text: ["text-length", "required-words", "forbidden-words"],
  fields: ["fields", "text-length", "required-words", "forbidden-words"],
  files: ["image", "video", "table"],
};

/** The file types offered as checkboxes (others go into a free MIME list). */
export const KNOWN_ACCEPT = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv",
  "application/zip",
  "video/mp4",
  "video/quicktime",
  "video/webm",
  "text/plain",
] as const;

export const MB = 1024 * 1024;

/** Splits a list typed one per line or separated by commas / 、 / ；; blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Cell = string | number | null;

/** A table typed or pasted (tab-, comma- separated; first line the column names) → { columns, rows }. Numbers become numbers, empty cells null. */
export function parseTable(text: string): { columns: string[]; rows: Cell[][] } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const split = (l: string) => (l.includes("\t") ? l.split("\t") : l.split(/[,，]/)).map((c) => c.trim());
  const [head = "", ...body] = lines;
  const columns = split(head);
  const rows = body.map((l) =>
    split(l).map((c): Cell => {
      if (c === "") return null;
      return /^-?\d+(\.\d+)?$/.test(c) && Number.isFinite(Number(c)) ? Number(c) : c;
    }),
  );
  return { columns, rows };
}

/** A stored table as tab-separated text (the inverse of parseTable for tables it can hold). */
export function tableText(table: { columns?: unknown; rows?: unknown } | undefined): string {
  if (!table || !Array.isArray(table.columns)) return "";
  const rows = Array.isArray(table.rows) ? (table.rows as Cell[][]) : [];
  return [table.columns.join("\t"), ...rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join("\t"))].join("\n");
}

// --- stored → draft ---------------------------------------------------------------------------

function checkToDraft(c: Json): CheckDraft {
  const d: CheckDraft = { ...c, _key: newKey(), kind: c.kind as CheckKind };
  if (Array.isArray(c.words)) d._words = (c.words as string[]).join("\n");
  if (c.kind === "table") {
    const expected = c.expected as { columns?: unknown; rows?: unknown } | undefined;
    d._expected = tableText(expected);
    d._keyColumns = ((c.options as Json | undefined)?.keyColumns as string[] | undefined)?.join("、") ?? "";
  }
  if (c.kind === "fields") d._fields = JSON.stringify(c.fields ?? [], null, 2);
  return d;
}

function fieldToDraft(f: Json): FieldDraft {
  return { ...f, _key: newKey(), _options: Array.isArray(f.options) ? (f.options as string[]).join("\n") : "" };
}

/** Stored deliverables (DeliverableSpec[] JSON) → drafts. Unknown shapes are kept as they are. */
export function toDrafts(stored: unknown[]): DeliverableDraft[] {
  return stored.map((raw) => {
    const d = (raw ?? {}) as Json;
    const draft: DeliverableDraft = {
      ...d,
      _key: newKey(),
      kind: d.kind as DeliverableKind,
      checks: Array.isArray(d.checks) ? (d.checks as Json[]).map(checkToDraft) : [],
    };
    if (Array.isArray(d.fields)) draft.fields = (d.fields as Json[]).map(fieldToDraft);
    if (Array.isArray(d.accept)) draft._acceptOther = (d.accept as string[]).filter((m) => !(KNOWN_ACCEPT as readonly string[]).includes(m)).join("\n");
    return draft;
  });
}

// --- draft → stored ---------------------------------------------------------------------------

/** Required texts: sent even when empty, so that the server names them ("标题不能为空"). */
const KEEP_EMPTY = new Set(["id", "title", "name", "label"]);

/** Drops editor-only keys ("_…") and empty optional values (undefined, "", NaN). */
function clean(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith("_")) continue;
    if (v === undefined || (typeof v === "number" && Number.isNaN(v))) continue;
    if (v === "" && !KEEP_EMPTY.has(k)) continue;
    out[k] = v;
  }
  return out;
}

function checkFromDraft(d: CheckDraft): Json {
  const c = clean(d);
  if (d.kind === "required-words") c.words = splitList(String(d._words ?? ""));
  if (d.kind === "forbidden-words") {
    const words = splitList(String(d._words ?? ""));
    if (words.length) c.words = words;
    else delete c.words; // the default list: 广告法 absolute terms
  }
  if (d.kind === "image" || d.kind === "video") {
    if (Array.isArray(c.formats) && c.formats.length === 0) delete c.formats;
    const a = c.aspect as Json | undefined;
    if (a && a.w === undefined && a.h === undefined) delete c.aspect;
    else if (a) c.aspect = { tolerance: 0.01, ...clean(a) };
  }
  if (d.kind === "table") {
    c.expected = parseTable(String(d._expected ?? ""));
    const keys = splitList(String(d._keyColumns ?? ""));
    const options = { ...((c.options as Json | undefined) ?? {}) };
    if (keys.length) options.keyColumns = keys;
    else delete options.keyColumns;
    if (Object.keys(options).length) c.options = options;
    else delete c.options;
  }
  if (d.kind === "fields") {
    try {
      c.fields = JSON.parse(String(d._fields ?? "[]"));
    } catch {
      c.fields = String(d._fields ?? ""); // refused by the server, naming the setting
    }
  }
  return c;
}

function fieldFromDraft(f: FieldDraft): Json {
  const out = clean(f);
  if (f.type === "select") out.options = splitList(String(f._options ?? ""));
  else delete out.options;
  if (f.type !== "number") {
    delete out.min;
    delete out.max;
  }
  return out;
}

/** Drafts → what is sent to the server (DeliverableSpec[] JSON, validated there). */
export function fromDrafts(drafts: DeliverableDraft[]): Json[] {
  return drafts.map((d) => {
    const out = clean(d);
    out.checks = d.checks.map(checkFromDraft);
    if (d.kind === "fields") out.fields = (d.fields ?? []).map(fieldFromDraft);
    if (d.kind === "files") {
      const known = (Array.isArray(d.accept) ? (d.accept as string[]) : []).filter((m) => (KNOWN_ACCEPT as readonly string[]).includes(m));
      out.accept = [...known, ...splitList(String(d._acceptOther ?? ""))];
    }
    return out;
  });
}

// --- new things -------------------------------------------------------------------------------

/** A fresh deliverable of `kind` with an id not in `taken` (d1, d2, …) and sensible settings. */
export function newDeliverable(kind: DeliverableKind, taken: string[]): DeliverableDraft {
  let n = 1;
  while (taken.includes(`d${n}`)) n++;
  const base = { _key: newKey(), id: `d${n}`, title: "", instructions: "", checks: [] as CheckDraft[] };
  if (kind === "text") return { ...base, kind, rich: false, maxLength: 500 };
  if (kind === "fields") return { ...base, kind, fields: [newField([])] };
  return { ...base, kind, accept: ["image/jpeg", "image/png"], maxBytes: 10 * MB, maxCount: 1, _acceptOther: "" };
}

/** A fresh form field with a name not in `taken` (f1, f2, …). */
export function newField(taken: string[]): FieldDraft {
  let n = 1;
  while (taken.includes(`f${n}`)) n++;
  return { _key: newKey(), name: `f${n}`, label: "", type: "text", required: false, _options: "" };
}

/** A fresh check of `kind` with the editor's text fields empty. */
export function newCheck(kind: CheckKind): CheckDraft {
  const d: CheckDraft = { _key: newKey(), kind };
  if (kind === "required-words" || kind === "forbidden-words") d._words = "";
  if (kind === "table") Object.assign(d, { _expected: "", _keyColumns: "" });
  if (kind === "fields") d._fields = "[]";
  return d;
}

/**
 * The rules of a `fields` check that enforce what the form's own settings say (required, number
 * ranges, text length, select options; row lists as a "rows" rule), as JSON for the check's text.
 */
export function fieldRulesFromForm(d: DeliverableDraft): Json[] {
  const rules = (d.fields ?? []).map((f): Json => {
    const base = { name: f.name, label: f.label || undefined, required: f.required === true };
    if (f.type === "number") return clean({ ...base, type: "number", min: f.min, max: f.max });
    const options = f.type === "select" ? splitList(String(f._options ?? "")) : [];
    return clean({ ...base, type: "text", maxLength: f.maxLength, allowed: options.length ? options : undefined });
  });
  const rows = d.rows as { min?: number; max?: number } | undefined;
  if (!rows) return rules;
  return [clean({ type: "rows", name: "rows", minRows: rows.min, maxRows: rows.max, columns: rules })];
}
