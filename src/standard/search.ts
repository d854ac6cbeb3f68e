// Search the standard by code or by word. Pure.
import { standard } from "./index";
import type { ItemKind, LevelCode, TrackCode } from "./schema";

export type SearchHit =
  | { kind: ItemKind; level: LevelCode; code: string; text: string; contentCode: string; contentName: string; tracks: TrackCode[] }
  | { kind: "content"; level: LevelCode; code: string; text: string; tracks: TrackCode[] }
  | { kind: "basics"; code: string; text: string; group: string };

const normalise = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/**
 * Every work content, skill item, knowledge item and basic-knowledge item whose code equals or
 * starts with the query (codes like "4.5" or "2.2.11"), or whose wording contains it.
 * Whitespace is ignored on both sides. An empty query finds nothing.
 */
export function searchStandard(query: string, limit = 200): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const isCode = /^\d+(\.\d+)*\.?$/.test(q);
  const codeMatches = (code: string) => code === q.replace(/\.$/, "") || code.startsWith(q.endsWith(".") ? q : `${q}.`);
  const matches = (code: string, text: string) => (isCode ? codeMatches(code) : normalise(text).includes(q));
  const hits: SearchHit[] = [];
  for (const c of standard.workContents) {
    if (matches(c.code, c.name)) hits.push({ kind: "content", level: c.level, code: c.code, text: c.name, tracks: [...c.tracks] });
    for (const kind of ["skill", "knowledge"] as const) {
      for (const item of kind === "skill" ? c.skills : c.knowledge) {
        if (matches(item.code, item.text))
          hits.push({ kind, level: c.level, code: item.code, text: item.text, contentCode: c.code, contentName: c.name, tracks: [...c.tracks] });
      }
    }
  }
  for (const g of standard.basics) {
    for (const item of g.items) {
      if (matches(item.code, item.text) || (isCode && codeMatches(g.code)))
        hits.push({ kind: "basics", code: item.code, text: item.text, group: `${g.code} ${g.name}` });
    }
  }
  return hits.slice(0, limit);
}
