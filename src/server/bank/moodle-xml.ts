// Moodle XML export: the bank's items as Moodle questions (multichoice, truefalse), with the
// standard's tags (standard:, levels:, tracks:, difficulty:, status:, label:) so that a bank
// round-trips, and images embedded as <file> elements referenced by @@PLUGINFILE@@. Reading Moodle
// XML is formats/moodle.ts.
import { XMLBuilder } from "fast-xml-parser";
import { imagesIn } from "@/exam/item-text";
import { metadataTags } from "./formats/metadata-tags";
import type { ItemInput } from "./item-input";

type XmlNode = Record<string, unknown>;
export type ExportMedia = ReadonlyMap<string, { mime: string; data: Uint8Array }>;
const EXT: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp" };

/** A text element in html format: the text escaped, image markers as <img> with their <file>s. */
function htmlText(text: string, media: ExportMedia): XmlNode {
  const files: XmlNode[] = [];
  let html = escapeHtml(text);
  for (const sha of imagesIn(text)) {
    const m = media.get(sha);
    if (!m) continue;
    const name = `${sha}.${EXT[m.mime] ?? "bin"}`;
    html = html.split(`[[image:${sha}]]`).join(`<img src="@@PLUGINFILE@@/${name}" alt="">`);
    files.push({ "@_name": name, "@_path": "/", "@_encoding": "base64", "#text": Buffer.from(m.data).toString("base64") });
  }
  return { "@_format": "html", text: { "#cdata": html }, ...(files.length ? { file: files } : {}) };
}

/** Items as Moodle XML; `media` holds the images their texts show (by SHA-256). */
export function buildMoodleXml(items: ItemInput[], media: ExportMedia = new Map()): string {
  const byLabel = new Map<string, ItemInput[]>();
  for (const item of items) {
    const key = item.labels[0] ?? "";
    byLabel.set(key, [...(byLabel.get(key) ?? []), item]);
  }
  const questions: XmlNode[] = [];
  let n = 0;
  for (const [label, group] of byLabel) {
    // Every group starts with its category, so a group without a label does not inherit one.
    questions.push({ "@_type": "category", category: { text: label ? `$course$/top/${label}` : "$course$/top" } });
    for (const item of group) {
      n += 1;
      const tags = metadataTags(item, { points: false });
      const common = {
        name: { text: `${String(n).padStart(4, "0")} ${item.stem.slice(0, 30)}` },
        questiontext: htmlText(item.stem, media),
        generalfeedback: htmlText(item.explanation, media),
        ...(item.points === null ? {} : { defaultgrade: item.points }),
        tags: { tag: tags.map((t) => ({ text: t })) },
      };
      if (item.type === "true-false") {
        questions.push({
          "@_type": "truefalse",
          ...common,
          answer: [
            { "@_fraction": item.answer[0] === "A" ? "100" : "0", "@_format": "moodle_auto_format", text: "true" },
            { "@_fraction": item.answer[0] === "B" ? "100" : "0", "@_format": "moodle_auto_format", text: "false" },
          ],
        });
      } else {
        const share = item.type === "single" ? "100" : (100 / item.answer.length).toFixed(5);
        questions.push({
          "@_type": "multichoice",
          ...common,
          single: item.type === "single" ? "true" : "false",
          shuffleanswers: "true",
          answernumbering: "ABCD",
          answer: item.options.map((o) => ({
            "@_fraction": item.answer.includes(o.key) ? share : item.type === "single" ? "0" : "-100",
            ...htmlText(o.text, media),
          })),
        });
      }
    }
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", cdataPropName: "#cdata", format: true, suppressEmptyNode: false });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: questions } })}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}
