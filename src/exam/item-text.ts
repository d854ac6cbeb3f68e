// Item texts are plain text; an image kept with an item version sits in its text as a marker
// [[image:<sha256 hex>]] that names the image by the SHA-256 of its bytes (see docs/item-bank.md).
// Pure: used by the importers, the item store, and the pages that show items.

const MARKER = /\[\[image:([0-9a-f]{64})\]\]/g;

/** The marker that places the image with this SHA-256 (lowercase hex) in an item text. */
export function imageMarker(sha256: string): string {
  return `[[image:${sha256}]]`;
}

/** The SHA-256s of the images a text shows, in order of first appearance, without repeats. */
export function imagesIn(text: string): string[] {
  return [...new Set([...text.matchAll(MARKER)].map((m) => m[1]!))];
}

export type ItemTextPart = { text: string } | { image: string };

/** A text split into runs of text and images, for display. */
export function splitItemText(text: string): ItemTextPart[] {
  const parts: ItemTextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ image: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The images of an item's texts (stem, options, explanation), without repeats. */
export function itemImages(item: { stem: string; options: ReadonlyArray<{ text: string }>; explanation?: string }): string[] {
  return imagesIn([item.stem, ...item.options.map((o) => o.text), item.explanation ?? ""].join("\n"));
}
