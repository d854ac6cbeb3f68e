// Text files in their declared encoding: an XML file's encoding="…" (GB2312, GBK, GB18030,
// UTF-8, UTF-16 with BOM, and the others iconv-lite knows), refusing bytes that do not decode,
// never replacing them with U+FFFD. Pure.
import iconv from "iconv-lite";
import { startsWith } from "../../sheets/read-workbook";
import { ImportFileError } from "./types";

const UTF8 = new Set(["utf-8", "utf8"]);
const DISPLAY: Record<string, string> = { gb2312: "GB2312", gbk: "GBK", gb18030: "GB18030", "utf-8": "UTF-8", "utf-16": "UTF-16" };

/** The line (1-based) of the first undecodable byte: the first line whose bytes do not round-trip. */
function firstBadLine(bytes: Uint8Array, decodeLine: (b: Uint8Array) => boolean): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!decodeLine(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return line - 1;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes an XML file: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise the encoding declared in
 * `<?xml … encoding="…"?>`; otherwise UTF-8 (XML's default). Throws ImportFileError naming the
 * line of the first byte that is not valid in that encoding, and when a file declared in a legacy
 * encoding is in fact UTF-8 (the real encoding cannot be known: nothing is guessed).
 */
export function decodeXml(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrThrow(bytes.subarray(3), "UTF-8（带 BOM）");
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return new TextDecoder("utf-16le").decode(bytes);
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return new TextDecoder("utf-16be").decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 256)).toString("latin1");
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!declared || UTF8.has(declared)) return utf8OrThrow(bytes, declared ? "UTF-8" : "UTF-8（未声明编码时的默认编码）");
  const name = DISPLAY[declared] ?? declared.toUpperCase();
  if (!iconv.encodingExists(declared)) throw new ImportFileError(`文件声明的编码“${name}”无法识别；请另存为 UTF-8 编码`);
  if (declared.startsWith("utf-16")) throw new ImportFileError(`文件声明为 ${name}，但没有字节顺序标记（BOM）；请另存为带 BOM 的 UTF-16 或 UTF-8`);
  // GBK-family bytes are rarely valid UTF-8: a non-ASCII file that is valid UTF-8 was probably saved
  // as UTF-8 with a stale declaration. The two readings differ, so refuse rather than guess.
  if (/^(gb|cp936|euc-cn|x-gbk|big5)/.test(declared) && /[^\x00-\x7f]/.test(Buffer.from(bytes).toString("latin1")) && strictUtf8(bytes) !== null) {
    throw new ImportFileError(`文件声明为 ${name} 编码，但内容是有效的 UTF-8 编码，无法确定实际编码；请把第一行的 encoding 改为实际编码`);
  }
  const text = iconv.decode(Buffer.from(bytes), declared);
  const roundTrips = (b: Uint8Array) => Buffer.compare(iconv.encode(iconv.decode(Buffer.from(b), declared), declared), Buffer.from(b)) === 0;
  if (!roundTrips(bytes)) {
    throw new ImportFileError(`文件声明为 ${name} 编码，但第 ${firstBadLine(bytes, roundTrips)} 行有无法按 ${name} 解码的字节；请确认文件的实际编码，或另存为 UTF-8`);
  }
  return text;
}

function utf8OrThrow(bytes: Uint8Array, name: string): string {
  const text = strictUtf8(bytes);
  if (text !== null) return text;
  const line = firstBadLine(bytes, (b) => strictUtf8(b) !== null);
  const gbk = iconv.encodingExists("gb18030") && (() => {
    const t = iconv.decode(Buffer.from(bytes), "gb18030");
    return !t.includes("\uFFFD");
  })();
  throw new ImportFileError(
    `文件按 ${name} 读取，但第 ${line} 行有不是 UTF-8 的字节${gbk ? "（看起来是 GBK/GB18030 编码）" : ""}；请在第一行声明实际编码（如 encoding="GBK"），或另存为 UTF-8`,
  );
}
