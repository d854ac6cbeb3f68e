// Use case: the preview of an item import, before anything is written: how many items per type,
// which column or marker became which field, what is ignored, refused or skipped and why, and the
// first items as the candidate will see them (with the key, for the admin to check).
import { itemImages } from "@/exam/item-text";
import type { ItemType } from "@/exam/types";
import type { ImportSource } from "./formats/parse-import";
import { FORMAT_NAMES, prepareItemImport, refusedRows, type DuplicateMode } from "./prepare-item-import";

export type PreviewLine = { at: string; message: string };
export type PreviewItem = {
  at: string;
  type: ItemType;
  stem: string;
  options: Array<{ key: string; text: string }>;
  answer: string[];
  explanation: string;
  status: string;
};
export type ItemImportPreview = {
  format: string;
  counts: Record<ItemType, number>;
  valid: number;
  refused: number;
  mapping: Array<{ from: string; to: string }>;
  ignoredColumns: string[];
  notices: string[];
  problems: PreviewLine[];
  skipped: PreviewLine[];
  lost: PreviewLine[];
  duplicates: PreviewLine[];
  /** Items written with each mode: all-or-nothing writes nothing when any row is refused. */
  willWrite: { "all-or-nothing": number; "valid-only": number };
  sample: PreviewItem[];
  /** data: URLs of the sample's images, by SHA-256 (nothing is stored yet). */
  images: Record<string, string>;
};

const SAMPLE = 5;
/** At most this many bytes of images are sent with a preview (the rest show as their label). */
const SAMPLE_IMAGE_BYTES = 4 * 1024 * 1024;
const line = (l: { at: string; message: string }): PreviewLine => ({ at: l.at, message: l.message });

export async function previewItemImport(options: { source: ImportSource; duplicates: DuplicateMode }): Promise<ItemImportPreview> {
  const { outcome, writable, duplicates } = await prepareItemImport(options.source, options.duplicates);
  const counts: Record<ItemType, number> = { "true-false": 0, single: 0, multiple: 0 };
  for (const p of writable) counts[p.input.type] += 1;
  const sample = outcome.items.slice(0, SAMPLE).map((p) => ({
    at: p.at,
    type: p.input.type,
    stem: p.input.stem,
    options: p.input.options,
    answer: p.input.answer,
    explanation: p.input.explanation,
    status: p.input.status,
  }));
  const images: Record<string, string> = {};
  let budget = SAMPLE_IMAGE_BYTES;
  for (const p of outcome.items.slice(0, SAMPLE)) {
    for (const sha of itemImages(p.input)) {
      const blob = outcome.media.get(sha);
      if (!blob || images[sha] || blob.size > budget) continue;
      budget -= blob.size;
      images[sha] = `data:${blob.mime};base64,${Buffer.from(blob.data).toString("base64")}`;
    }
  }
  const refused = refusedRows(outcome);
  return {
    format: FORMAT_NAMES[outcome.format],
    counts,
    valid: outcome.items.length,
    refused,
    mapping: outcome.mapping,
    ignoredColumns: outcome.ignoredColumns,
    notices: outcome.notices,
    problems: outcome.problems.map(line),
    skipped: outcome.skipped.map(line),
    lost: outcome.lost.map(line),
    duplicates: duplicates.map(line),
    willWrite: { "all-or-nothing": refused > 0 ? 0 : writable.length, "valid-only": writable.length },
    sample,
    images,
  };
}
