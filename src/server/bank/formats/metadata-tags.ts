// The platform's metadata carried as tags by the Moodle XML and GIFT exports, so that a bank
// round-trips: standard:<知识点代码>, levels:5,4, tracks:…, difficulty:1–5, status:…, points:…
// (GIFT only; Moodle has <defaultgrade>), and label:<…> for every label after the first (which is
// the question's category).
import type { LevelCode, TrackCode } from "@/standard";
import { parseTagCode, tagToCode, type ItemInput } from "../item-input";
import type { QuestionDraft } from "./build-item";

/** The tags of an item, in a fixed order. */
export function metadataTags(item: ItemInput, options: { points: boolean }): string[] {
  return [
    item.tag ? `standard:${tagToCode(item.tag)}` : null,
    `levels:${item.levels.join(",")}`,
    `tracks:${item.tracks.join(",")}`,
    `difficulty:${item.difficulty}`,
    `status:${item.status}`,
    options.points && item.points !== null ? `points:${item.points}` : null,
    ...item.labels.slice(1).map((l) => `label:${l}`),
  ].filter((t): t is string => t !== null);
}

export type Metadata = Pick<QuestionDraft, "tag" | "levels" | "tracks" | "difficulty" | "labels" | "status"> & { points: number | null };

/** Reads the tags back; a standard: tag that names no knowledge point is an error (the row is refused). */
export function readMetadataTags(tags: readonly string[], category: readonly string[]): { ok: true; meta: Metadata } | { ok: false; message: string } {
  const value = (prefix: string) => tags.find((t) => t.startsWith(`${prefix}:`))?.slice(prefix.length + 1);
  const tag = parseTagCode(value("standard") ?? "");
  if (!tag.ok) return { ok: false, message: tag.message };
  const difficulty = Number(value("difficulty") ?? 3);
  const status = value("status");
  const points = value("points");
  return {
    ok: true,
    meta: {
      tag: tag.tag,
      levels: (value("levels")?.split(",").filter((l) => l === "5" || l === "4") ?? []) as LevelCode[],
      tracks: (value("tracks")?.split(",").filter((t) => t === "online-merchant" || t === "cross-border") ?? []) as TrackCode[],
      difficulty: Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5 ? difficulty : 3,
      labels: [...new Set([...category, ...tags.filter((t) => t.startsWith("label:")).map((t) => t.slice(6))])],
      status: status === "draft" || status === "active" || status === "retired" ? status : undefined,
      points: points !== undefined && Number.isFinite(Number(points)) ? Number(points) : null,
    },
  };
}
