// Word question files (.docx): mammoth (a maintained docx reader) turns the document into HTML
// with its images; each paragraph becomes a line of the Chinese question layout (text-layout.ts),
// images are checked by content and kept, and what Word content could not be read is reported.
import mammoth from "mammoth";
import { htmlToText } from "./html-text";
import { checkImage } from "./media";
import { parseTextLayout, type LayoutLine } from "./text-layout";
import { ImportFileError, type ParseOutcome } from "./types";

const IMAGE_NAMES: Record<string, string> = { "image/x-emf": "EMF 图片（常见于公式）", "image/x-wmf": "WMF 图片（常见于公式）", "image/emf": "EMF 图片", "image/wmf": "WMF 图片" };

/** Parses a .docx file's questions. Throws ImportFileError for a file that is not a readable .docx. */
export async function parseDocx(bytes: Uint8Array): Promise<ParseOutcome> {
  const media: ParseOutcome["media"] = new Map();
  const refused: string[] = [];
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          const data = new Uint8Array(await image.readAsBuffer());
          const checked = checkImage(data);
          if (checked.ok) {
            media.set(checked.blob.sha256, checked.blob);
            return { src: `media:${checked.blob.sha256}` };
          }
          refused.push(`${IMAGE_NAMES[image.contentType] ?? `图片（${image.contentType}）`}：${checked.reason}`);
          return { src: `lost:${refused.length - 1}` };
        }),
      },
    );
  } catch (cause) {
    throw new ImportFileError("无法读取该 Word 文件：文件可能已损坏，或不是 .docx 格式（旧版 .doc 请在 Word 中另存为 .docx）", { cause });
  }
  // One line per paragraph, list item, heading or table cell (converted in one pass: the block
  // ends are marked, and the text is split there afterwards).
  const { text, lost } = htmlToText(
    result.value.replace(/<\/(p|h[1-6]|li|td|th)>/gi, "\u0002$&"),
    (src) => {
      if (src.startsWith("media:")) return { sha256: src.slice(6) };
      if (src.startsWith("lost:")) return { lost: refused[Number(src.slice(5))] ?? "图片" };
      return { lost: `外部图片 ${src}（不会从网络下载）` };
    },
    { inlineLost: true },
  );
  const lines: LayoutLine[] = text
    .split("\u0002")
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block !== "")
    .flatMap((block) =>
      block.split("\n").map((t) => ({
        text: t.replace(/\u0001\d+\u0001/g, "").trim(),
        lost: [...t.matchAll(/\u0001(\d+)\u0001/g)].map((m) => lost[Number(m[1])]!),
      })),
    );
  const out = parseTextLayout(lines, { format: "docx", unit: "段" });
  out.media = media;
  const dropped = result.messages.filter((m) => m.type !== "warning" || !/style|样式/i.test(m.message)).map((m) => m.message);
  if (dropped.length > 0) out.notices.push(`Word 文件中有未能读取的内容（如公式对象、文本框）：${[...new Set(dropped)].slice(0, 5).join("；")}`);
  // Media only for the items kept (images of refused or skipped questions are not stored).
  return out;
}
