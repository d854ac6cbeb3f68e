// The CJK font of generated PDFs: Noto Sans SC (SIL OFL 1.1) from @expo-google-fonts/noto-sans-sc,
// regular and bold TTF. The bytes are read once per process and cached (a cache, not state that
// matters: every instance reads the same files). The package directory is found by walking up
// from process.cwd() to a node_modules that holds it, so it works in vitest, `next start` and a
// bundled server alike (no bundler-dependent require.resolve). See docs/pdf.md.
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { AppError } from "../errors";

const PACKAGE = path.join("node_modules", "@expo-google-fonts", "noto-sans-sc");
const FILES = {
  regular: path.join("400Regular", "NotoSansSC_400Regular.ttf"),
  bold: path.join("700Bold", "NotoSansSC_700Bold.ttf"),
} as const;

export type FontWeight = keyof typeof FILES;
export type Fonts = { regular: PDFFont; bold: PDFFont };

const cache = new Map<FontWeight, Uint8Array>();

/** The font package's directory: the nearest `node_modules/@expo-google-fonts/noto-sans-sc` up from the working directory. */
export function fontPackageDir(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, PACKAGE);
    if (fs.existsSync(path.join(candidate, FILES.regular))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new AppError("INTERNAL", { message: `font package @expo-google-fonts/noto-sans-sc not found from ${start}` });
    dir = parent;
  }
}

export function fontBytes(weight: FontWeight): Uint8Array {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(path.join(fontPackageDir(), FILES[weight])));
    cache.set(weight, bytes);
  }
  return bytes;
}

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type SubsetInternals = { loca?: { version?: number }; _addGlyph?: (gid: number) => number };

/**
 * @pdf-lib/fontkit 1.1.1 with one fix: its TrueType subsetter picks the short `loca` format when
 * the subset is under 128 KiB, halving every glyph offset, but copies glyph data unpadded from
 * the original font (long `loca`), so every glyph after one of odd length is misplaced and renders
 * blank (pdftotext still finds the text). Noto Sans SC has such glyphs. Forcing the long format
 * before the first glyph is added keeps the offsets exact (tested in tests/integration/pdf.test.ts).
 */
export const subsetSafeFontkit: Fontkit = {
  create(data, postscriptName) {
    const font = fontkit.create(data, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const internals = subset as unknown as SubsetInternals;
      const addGlyph = internals._addGlyph;
      if (typeof addGlyph === "function") {
        internals._addGlyph = function (this: SubsetInternals, gid: number) {
          if (this.loca && this.loca.version == null) this.loca.version = 1;
          return addGlyph.call(this, gid);
        };
      }
      return subset;
    };
    return font;
  },
};

/** Registers fontkit and embeds both weights, subset to the glyphs the document uses. */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(subsetSafeFontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(fontBytes("regular"), { subset: true }), doc.embedFont(fontBytes("bold"), { subset: true })]);
  return { regular, bold };
}
