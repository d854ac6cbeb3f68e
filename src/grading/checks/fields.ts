// The structured-form check: required fields present and within their rules (lengths, ranges,
// patterns, allowed values), row lists such as a 运费模板's rows included.
import type { z } from "zod";
import { decimalsOf, parseNumberText } from "./decimal";
import type { FieldRule, FieldsSpecSchema, ScalarFieldRule } from "./spec";
import { Tally } from "./tally";
import { countCharacters, normalizeText } from "./text";
import type { CheckEvidence } from "./types";

type FieldsSpec = z.infer<typeof FieldsSpecSchema>;

/** A value shown in a finding, cut at 40 characters. */
function shown(v: unknown): string {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? "";
  const chars = [...s];
  return chars.length > 40 ? `${chars.slice(0, 39).join("")}…` : s;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return normalizeText(v) === "";
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Conditions a rule has besides "present": one per set constraint (rows: see checkRows). */
function constraintCount(rule: ScalarFieldRule): number {
  switch (rule.type) {
    case "text":
      return [rule.minLength, rule.maxLength, rule.pattern, rule.allowed].filter((x) => x !== undefined).length;
    case "number":
      return 1 + [rule.min, rule.max, rule.integer || undefined, rule.maxDecimals].filter((x) => x !== undefined).length;
    case "boolean":
      return 1 + (rule.expected !== undefined ? 1 : 0);
  }
}

function toBoolean(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "是") return true;
    if (s === "false" || s === "否") return false;
  }
  return null;
}

/**
 * One scalar field. Conditions: presence, then each set constraint; a number field also has
 * "is a number", a boolean field "is yes/no". A missing required field fails all of them; an
 * optional empty one meets all of them (so the total never depends on what was entered).
 */
function checkScalar(rule: ScalarFieldRule, value: unknown, field: string): Tally {
  const t = new Tally();
  const n = constraintCount(rule);
  if (isEmpty(value) && !(rule.type === "boolean" && typeof value === "boolean")) {
    if (rule.required === false) return t.count(n + 1, n + 1);
    return t.add(false, { key: "checks.fields.missing", params: { field } }).fail(n);
  }
  t.count(1, 1);
  if (rule.type === "text") {
    const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : shown(value);
    const length = countCharacters(text, rule.unit ?? "char");
    if (rule.minLength !== undefined)
      t.check(length >= rule.minLength, { key: "checks.fields.tooShort", params: { field, length, min: rule.minLength } });
    if (rule.maxLength !== undefined)
      t.check(length <= rule.maxLength, { key: "checks.fields.tooLong", params: { field, length, max: rule.maxLength } });
    const trimmed = normalizeText(text);
    if (rule.pattern !== undefined) {
      if (new RegExp(`^(?:${rule.pattern})$`, "u").test(trimmed)) t.count(1, 1);
      else
        t.add(false, rule.patternHint ? { key: "checks.fields.patternHint", params: { field, value: shown(trimmed), hint: rule.patternHint } } : { key: "checks.fields.pattern", params: { field, value: shown(trimmed) } });
    }
    if (rule.allowed !== undefined) {
      const folded = trimmed.normalize("NFKC");
      if (rule.allowed.some((a) => a.normalize("NFKC") === folded)) t.count(1, 1);
      else t.add(false, { key: "checks.fields.notAllowed", params: { field, value: shown(trimmed), allowed: rule.allowed.join("、") } });
    }
  } else if (rule.type === "number") {
    const num = typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" ? parseNumberText(value) : null;
    if (num === null) return t.add(false, { key: "checks.fields.notNumber", params: { field, value: shown(value) } }).fail(n - 1);
    t.count(1, 1);
    const v = typeof value === "string" ? value.normalize("NFKC").trim() : String(value);
    if (rule.min !== undefined) t.check(num >= rule.min, { key: "checks.fields.belowMin", params: { field, value: v, min: rule.min } });
    if (rule.max !== undefined) t.check(num <= rule.max, { key: "checks.fields.aboveMax", params: { field, value: v, max: rule.max } });
    if (rule.integer) t.check(Number.isInteger(num), { key: "checks.fields.notInteger", params: { field, value: v } });
    if (rule.maxDecimals !== undefined)
      t.check(decimalsOf(v.replace(/,/g, "")) <= rule.maxDecimals, { key: "checks.fields.decimals", params: { field, value: v, max: rule.maxDecimals } });
  } else {
    const b = toBoolean(value);
    if (b === null) return t.add(false, { key: "checks.fields.notBoolean", params: { field, value: shown(value) } }).fail(n - 1);
    t.count(1, 1);
    if (rule.expected !== undefined)
      t.check(b === rule.expected, { key: rule.expected ? "checks.fields.mustBeTrue" : "checks.fields.mustBeFalse", params: { field } });
  }
  return t;
}

/**
 * A row list. Conditions: presence, "is a list of rows", minRows, maxRows, "no repeated
 * `unique` values" (one each when set), and every row's cells by the column rules (labelled
 * "运费模板 #2 · 首费").
 */
function checkRows(rule: Extract<FieldRule, { type: "rows" }>, value: unknown, field: string): Tally {
  const t = new Tally();
  const fixed = 1 + (rule.minRows !== undefined ? 1 : 0) + (rule.maxRows !== undefined ? 1 : 0) + (rule.unique ? 1 : 0);
  if (isEmpty(value)) {
    if (rule.required === false && rule.minRows === undefined) return t.count(fixed + 1, fixed + 1);
    return t.add(false, { key: "checks.fields.missing", params: { field } }).fail(fixed);
  }
  t.count(1, 1);
  if (!Array.isArray(value) || !value.every((r) => r !== null && typeof r === "object" && !Array.isArray(r)))
    return t.add(false, { key: "checks.fields.notRows", params: { field } }).fail(fixed - 1);
  t.count(1, 1);
  const rows = value as Array<Record<string, unknown>>;
  const count = rows.length;
  if (rule.minRows !== undefined) t.check(count >= rule.minRows, { key: "checks.fields.rowsTooFew", params: { field, count, min: rule.minRows } });
  if (rule.maxRows !== undefined) t.check(count <= rule.maxRows, { key: "checks.fields.rowsTooMany", params: { field, count, max: rule.maxRows } });
  if (rule.unique) {
    const seen = new Map<string, number>();
    let ok = true;
    rows.forEach((r, i) => {
      const k = JSON.stringify(rule.unique!.map((c) => (typeof r[c] === "string" ? normalizeText(r[c] as string).normalize("NFKC") : (r[c] ?? null))));
      const first = seen.get(k);
      if (first !== undefined) {
        ok = false;
        t.push({ ok: false, key: "checks.fields.rowDuplicate", params: { field, row: i + 1, of: first + 1, columns: rule.unique!.join("、") } });
      } else seen.set(k, i);
    });
    t.count(ok ? 1 : 0, 1);
  }
  rows.forEach((r, i) => {
    for (const col of rule.columns) t.merge(checkScalar(col, r[col.name], `${field} #${i + 1} · ${col.label ?? col.name}`));
  });
  return t;
}

/** Every rule of the form; a field that meets all of its conditions gets an "ok" finding. */
export function checkFields(spec: FieldsSpec, evidence: CheckEvidence): Tally {
  const tally = new Tally();
  const values = evidence.fields ?? {};
  for (const rule of spec.fields) {
    const field = rule.label ?? rule.name;
    const value = Object.hasOwn(values, rule.name) ? values[rule.name] : undefined;
    const t = rule.type === "rows" ? checkRows(rule, value, field) : checkScalar(rule, value, field);
    if (t.met === t.total) tally.note({ key: "checks.fields.ok", params: { field } });
    tally.merge(t);
  }
  return tally;
}
