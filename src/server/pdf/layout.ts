// Layout helpers for server-made PDFs (pdf-lib): A4 pages, text wrapped by measured width (CJK
// breaks between any two characters, Latin words stay whole), key–value blocks and ruled tables.
// A Sheet keeps a cursor from the top of the page; content that would not fit starts a new page.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Fonts } from "./fonts";

/** A4 in PDF points (1/72 inch). */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
const LINE = 1.45;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.45, 0.45, 0.5);
const FILL = rgb(0.92, 0.93, 0.95);

// Latin words (with their trailing spaces), runs of spaces, or any single character.
const TOKEN = /[\p{Script=Latin}\p{Nd}.,:;!?'"()[\]\-/@#%&+_*=<>]+[ \t]*|[ \t]+|./gsu;
// Punctuation that must not start a line (禁则): it hangs onto the line before.
const NO_LINE_START = new Set([..."，。、；：！？）》」』】〕,.;:!?)]%"]);

/** `text` broken into lines no wider than `maxWidth` at `size` ("\n" forces a break). */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of paragraph.match(TOKEN) ?? []) {
      if (line === "" && /^\s+$/.test(token)) continue;
      if (width(line + token.trimEnd()) <= maxWidth || (line !== "" && NO_LINE_START.has(token))) {
        line += token;
        continue;
      }
      if (line !== "") lines.push(line.trimEnd());
      line = "";
      if (width(token.trimEnd()) <= maxWidth) {
        line = token.trimStart();
        continue;
      }
      // A word wider than the line: break it between characters.
      for (const ch of token.trimEnd()) {
        if (line !== "" && width(line + ch) > maxWidth) {
          lines.push(line);
          line = "";
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export type TextOptions = { size?: number; bold?: boolean; x?: number; width?: number; align?: "left" | "center" | "right"; grey?: boolean; after?: number };

/** A document being written page by page with a cursor (`y`, the top of the next line). */
export class Sheet {
  page!: PDFPage;
  y = 0;
  readonly left = MARGIN;
  readonly right = A4[0] - MARGIN;
  readonly bottom = MARGIN;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {}

  get width(): number {
    return this.right - this.left;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  font(bold?: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Draws one line at the cursor's baseline for `size`, without moving the cursor. */
  line(text: string, o: TextOptions & { y?: number } = {}): void {
    const size = o.size ?? 11;
    const font = this.font(o.bold);
    const x0 = o.x ?? this.left;
    const w = o.width ?? this.right - x0;
    const tw = font.widthOfTextAtSize(text, size);
    const x = o.align === "center" ? x0 + (w - tw) / 2 : o.align === "right" ? x0 + w - tw : x0;
    this.page.drawText(text, { x, y: (o.y ?? this.y) - size, size, font, color: o.grey ? GREY : INK });
  }

  /** Wrapped text at the cursor; moves the cursor below it. Returns the height used. */
  text(text: string, o: TextOptions = {}): number {
    const size = o.size ?? 11;
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    const lines = wrapText(text, this.font(o.bold), size, width);
    const height = lines.length * size * LINE;
    this.ensure(height);
    for (const l of lines) {
      this.line(l, { ...o, size, x, width });
      this.y -= size * LINE;
    }
    this.y -= o.after ?? 0;
    return height;
  }

  /** Label–value rows: labels bold in a column of `labelWidth`, values wrapped beside them. */
  keyValues(rows: Array<[string, string]>, o: { size?: number; labelWidth?: number; x?: number; width?: number; emphasise?: string } = {}): void {
    const size = o.size ?? 12;
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    const labelWidth = o.labelWidth ?? 96;
    for (const [label, value] of rows) {
      const valueSize = label === o.emphasise ? size + 3 : size;
      const labelLines = wrapText(label, this.fonts.bold, size, labelWidth - 8);
      const valueLines = wrapText(value, this.fonts.regular, valueSize, width - labelWidth);
      const height = Math.max(labelLines.length * size, valueLines.length * valueSize) * LINE + 4;
      this.ensure(height);
      // Label and value share the first baseline.
      labelLines.forEach((l, i) => this.line(l, { size, bold: true, x, y: this.y - (valueSize - size) - i * size * LINE }));
      valueLines.forEach((l, i) => this.line(l, { size: valueSize, bold: label === o.emphasise, x: x + labelWidth, y: this.y - i * valueSize * LINE }));
      this.y -= height;
    }
  }

  /** A ruled table; `widths` are fractions of the text width; the header row is shaded. */
  table(columns: Array<{ header: string; width: number; align?: "left" | "right" }>, rows: string[][], o: { size?: number; boldLastRow?: boolean } = {}): void {
    const size = o.size ?? 10.5;
    const pad = 4;
    const xs: number[] = [];
    let acc = this.left;
    for (const c of columns) {
      xs.push(acc);
      acc += c.width * this.width;
    }
    const drawRow = (cells: string[], kind: "header" | "body" | "strong") => {
      const bold = kind !== "body";
      const wrapped = cells.map((c, i) => wrapText(c, this.font(bold), size, columns[i]!.width * this.width - 2 * pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * size * LINE + 2 * pad;
      this.ensure(height);
      const top = this.y;
      if (kind === "header") this.page.drawRectangle({ x: this.left, y: top - height, width: this.width, height, color: FILL });
      wrapped.forEach((lines, i) => {
        const w = columns[i]!.width * this.width - 2 * pad;
        lines.forEach((l, j) => this.line(l, { size, bold, x: xs[i]! + pad, width: w, align: columns[i]!.align, y: top - pad - j * size * LINE }));
      });
      this.page.drawRectangle({ x: this.left, y: top - height, width: this.width, height, borderColor: RULE, borderWidth: 0.6 });
      for (const x of xs.slice(1)) this.page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, color: RULE, thickness: 0.6 });
      this.y -= height;
    };
    drawRow(
      columns.map((c) => c.header),
      "header",
    );
    rows.forEach((r, i) => drawRow(r, o.boldLastRow && i === rows.length - 1 ? "strong" : "body"));
  }

  /** A horizontal rule across the text width at the cursor. */
  rule(after = 8): void {
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.right, y: this.y }, color: RULE, thickness: 0.8 });
    this.y -= after;
  }
}

/** Document metadata (title, producer) and its bytes. Dates are fixed by the caller's `now`. */
export async function finish(doc: PDFDocument, o: { title: string; producer: string; now: Date }): Promise<Uint8Array> {
  doc.setTitle(o.title, { showInWindowTitleBar: true });
  doc.setProducer(o.producer);
  doc.setCreator(o.producer);
  doc.setCreationDate(o.now);
  doc.setModificationDate(o.now);
  return doc.save();
}

/** A file name without characters that break a download (path separators, control characters). */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_")
      .trim()
      .slice(0, 120) || "document"
  );
}
