// Text checks: length, required words, forbidden words (广告法 absolute terms by default).
import { ABSOLUTE_TERM_EXCEPTIONS, ABSOLUTE_TERMS } from "./absolute-terms";
import { Tally } from "./tally";
import type { LengthUnit } from "./spec";
import type { CheckEvidence, Finding } from "./types";
import type { z } from "zod";
import type { ForbiddenWordsSpecSchema, RequiredWordsSpecSchema, TextLengthSpecSchema } from "./spec";

/**
 * Code points that take two columns (East Asian Width W or F): CJK ideographs, kana, hangul,
 * CJK punctuation, full-width forms and most emoji. Blocks, not the full Unicode table.
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  return WIDE.some(([a, b]) => cp >= a && cp <= b);
}

/** The text as counted: line breaks as "\n", NFC-composed, leading/trailing white space removed. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

/**
 * Length of a text, after `normalizeText` (so "  标题\r\n" counts as 2).
 * - "char" (default): Unicode code points. 汉字 = 1, "A" = 1, "👍" = 1, "👍🏽" = 2 (emoji + skin
 *   tone), "👨‍👩‍👧" = 5 (three emoji joined by two zero-width joiners): a code point is what the
 *   standard string functions of every platform agree on, while "what looks like one character"
 *   depends on the Unicode version of the viewer.
 * - "width": 汉字, kana, hangul, full-width letters/punctuation and emoji count 2, others 1: how
 *   Taobao/Tmall count a title's 60 字符 (30 汉字).
 */
export function countCharacters(text: string, unit: LengthUnit = "char"): number {
  let n = 0;
  for (const ch of normalizeText(text)) n += unit === "width" && isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

/** For word matching: NFKC (全角 = 半角, ① = 1) and lower case. */
function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * Occurrences of terms in a text, longest term first at each position, skipping a term where it is
 * part of one of `allow` (e.g. 第一 inside 第一步). A term that begins (ends) with a Latin letter or
 * digit must not be preceded (followed) by one, so NO.1 does not match in "NO.10".
 * Returns each term found with its count, in the order of first appearance.
 */
export function findTerms(text: string, terms: readonly string[], allow: readonly string[] = []): Array<{ term: string; count: number }> {
  const t = fold(text);
  const folded = [...new Set(terms)].map((term) => ({ term, f: fold(term) })).filter((x) => x.f !== "");
  folded.sort((a, b) => b.f.length - a.f.length);
  const allowed = allow.map(fold).filter(Boolean);
  const found = new Map<string, number>();
  let i = 0;
  while (i < t.length) {
    let matched = 0;
    for (const { term, f } of folded) {
      if (!t.startsWith(f, i)) continue;
      if (LATIN_OR_DIGIT.test(f[0]!) && i > 0 && LATIN_OR_DIGIT.test(t[i - 1]!)) continue;
      const end = i + f.length;
      if (LATIN_OR_DIGIT.test(f.at(-1)!) && end < t.length && LATIN_OR_DIGIT.test(t[end]!)) continue;
      if (insideAllowed(t, i, f, allowed)) continue;
      found.set(term, (found.get(term) ?? 0) + 1);
      matched = f.length;
      break;
    }
    i += matched || 1;
  }
  return [...found].map(([term, count]) => ({ term, count }));
}

/** Whether the occurrence of `f` at `i` lies inside an occurrence of an allowed compound. */
function insideAllowed(t: string, i: number, f: string, allowed: string[]): boolean {
  for (const a of allowed) {
    let k = a.indexOf(f);
    while (k >= 0) {
      if (i - k >= 0 && t.startsWith(a, i - k)) return true;
      k = a.indexOf(f, k + 1);
    }
  }
  return false;
}

/** The text a text check reads: the text deliverable, or one field of a form. Null when empty. */
function source(evidence: CheckEvidence, field: string | undefined, tally: Tally): string | null {
  const raw = field === undefined ? evidence.text : evidence.fields?.[field];
  const text = typeof raw === "string" ? raw : typeof raw === "number" && Number.isFinite(raw) ? String(raw) : "";
  if (normalizeText(text) === "") {
    tally.add(false, field === undefined ? { key: "checks.evidence.noText" } : { key: "checks.evidence.noField", params: { field } });
    return null;
  }
  return text;
}

/** Conditions: one per bound set (min, max). An empty text fails every condition. */
export function checkTextLength(spec: z.infer<typeof TextLengthSpecSchema>, evidence: CheckEvidence): Tally {
  const tally = new Tally();
  const bounds = (spec.min !== undefined ? 1 : 0) + (spec.max !== undefined ? 1 : 0);
  const text = source(evidence, spec.field, tally);
  if (text === null) return tally.fail(bounds - 1);
  const unit = spec.unit ?? "char";
  const length = countCharacters(text, unit);
  if (unit === "width") tally.note({ key: "checks.textLength.widthUnit" });
  if (spec.min !== undefined)
    tally.add(length >= spec.min, { key: length >= spec.min ? "checks.textLength.atLeastMin" : "checks.textLength.underMin", params: { length, min: spec.min } });
  if (spec.max !== undefined)
    tally.add(length <= spec.max, { key: length <= spec.max ? "checks.textLength.withinMax" : "checks.textLength.overMax", params: { length, max: spec.max } });
  return tally;
}

/**
 * Each listed word found (NFKC, case-insensitive) is a condition met. With `minCount`, the
 * conditions are `minCount` and met = min(found, minCount).
 */
export function checkRequiredWords(spec: z.infer<typeof RequiredWordsSpecSchema>, evidence: CheckEvidence): Tally {
  const tally = new Tally();
  const need = spec.minCount ?? spec.words.length;
  const text = source(evidence, spec.field, tally);
  if (text === null) return tally.fail(need - 1);
  const present = new Set(findTerms(text, spec.words).map((f) => f.term));
  const findings: Finding[] = spec.words.map((word) => ({
    ok: present.has(word),
    key: present.has(word) ? "checks.requiredWords.found" : "checks.requiredWords.missing",
    params: { word },
  }));
  if (spec.minCount === undefined) {
    for (const f of findings) tally.add(f.ok, f);
    return tally;
  }
  const found = findings.filter((f) => f.ok).length;
  tally.count(Math.min(found, need), need);
  tally.push({ ok: found >= need, key: found >= need ? "checks.requiredWords.enough" : "checks.requiredWords.tooFew", params: { found, min: need } });
  for (const f of findings) tally.push(f);
  return tally;
}

/**
 * One condition: the text uses none of the words (default ABSOLUTE_TERMS, with
 * ABSOLUTE_TERM_EXCEPTIONS allowed). Each term found is listed with its count. The result is
 * all-or-nothing on purpose: the share of a long list a text avoids says nothing.
 */
export function checkForbiddenWords(spec: z.infer<typeof ForbiddenWordsSpecSchema>, evidence: CheckEvidence): Tally {
  const tally = new Tally();
  const text = source(evidence, spec.field, tally);
  if (text === null) return tally;
  const found = findTerms(text, spec.words ?? ABSOLUTE_TERMS, spec.allow ?? ABSOLUTE_TERM_EXCEPTIONS);
  tally.count(found.length === 0 ? 1 : 0, 1);
  if (found.length === 0) tally.push({ ok: true, key: "checks.forbiddenWords.none" });
  for (const f of found) tally.push({ ok: false, key: "checks.forbiddenWords.found", params: { word: f.term, count: f.count } });
  return tally;
}
