// What every item importer's parser returns (parse → validated rows → one writer): the valid
// items with where they came from, every refused row with its reason, unsupported content that
// is skipped, content not kept per question, and how the file was read (for the preview).
import type { ItemInput } from "../item-input";
import type { MediaBlob } from "./media";

export type ImportFormat = "sheet" | "moodle" | "docx" | "gift" | "aiken" | "text";

/** A place in the file: `at` as the admin finds it ("第 3 行", "工作表「单选题」第 5 行", "第 12 题"), `order` sorts. */
export type ImportLine = { at: string; order: number; message: string };

export type ParsedItem = { at: string; order: number; input: ItemInput };

export type ParseOutcome = {
  format: ImportFormat;
  items: ParsedItem[];
  /** Rows/questions refused, each with the full reason (message starts with the place). */
  problems: ImportLine[];
  /** Unsupported content (填空题, essay, …), never imported; not a problem. */
  skipped: ImportLine[];
  /** Content not kept (audio, video, unsupported images), per question; such questions arrive as drafts. */
  lost: ImportLine[];
  /** How the file was read: which column or marker became which field. */
  mapping: Array<{ from: string; to: string }>;
  /** Columns present in the file and not used ("已忽略列：…"). */
  ignoredColumns: string[];
  notices: string[];
  /** Images kept, by SHA-256. */
  media: Map<string, MediaBlob>;
};

export function emptyOutcome(format: ImportFormat): ParseOutcome {
  return { format, items: [], problems: [], skipped: [], lost: [], mapping: [], ignoredColumns: [], notices: [], media: new Map() };
}

/** A file that cannot be read at all; `message` is Chinese and meant for the admin. */
export class ImportFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportFileError";
  }
}
