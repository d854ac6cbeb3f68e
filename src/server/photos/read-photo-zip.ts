// Reads a ZIP of candidate photos (yauzl): every file entry with its name and bytes, or the reason
// it cannot be read. Names are decoded as the archive declares (UTF-8 flag), else as strict UTF-8,
// else as GB18030 (what Windows' built-in zip writes on a Chinese system). Limits keep a hostile
// archive harmless: the archive's size, the number of entries, and each file's declared size
// (yauzl checks that the data matches what the entry declares). Folders, macOS resource forks and
// system files are skipped and listed as notices. No database, no Next.js.
import yauzl, { type Entry, type ZipFile } from "yauzl";

export const PHOTO_LIMITS = {
  /** The archive. */
  maxZipBytes: 100 * 1024 * 1024,
  /** Entries in the archive (files and folders). */
  maxEntries: 5000,
  /** One photo, uncompressed. */
  maxPhotoBytes: 2 * 1024 * 1024,
} as const;

export type ZipPhotoEntry = { row: number; path: string; bytes: Uint8Array | null; problem: string | null };
export type ZipPhotos = { entries: ZipPhotoEntry[]; notices: string[] };

export class PhotoZipError extends Error {}

const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._)/i;

function decodeName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder("gb18030").decode(raw);
  }
}

function readBytes(zip: ZipFile, entry: Entry, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error("no stream"));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > max) stream.destroy(new Error("too large"));
        else chunks.push(c);
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
  });
}

/** The photo entries of `bytes`; throws PhotoZipError (Chinese message) when it is not a readable ZIP. */
export async function readPhotoZip(bytes: Uint8Array): Promise<ZipPhotos> {
  if (bytes.byteLength === 0) throw new PhotoZipError("文件为空");
  if (bytes.byteLength > PHOTO_LIMITS.maxZipBytes) throw new PhotoZipError(`压缩包过大：最大 ${PHOTO_LIMITS.maxZipBytes / 1024 / 1024} MB`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new PhotoZipError("不是 ZIP 压缩包（请将照片打包为 .zip 文件）");
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    throw new PhotoZipError(`无法读取压缩包：${e instanceof Error ? e.message : String(e)}`);
  }
  if (zip.entryCount > PHOTO_LIMITS.maxEntries) {
    zip.close();
    throw new PhotoZipError(`压缩包内文件过多：最多 ${PHOTO_LIMITS.maxEntries} 个`);
  }
  const entries: ZipPhotoEntry[] = [];
  const notices: string[] = [];
  let row = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: Entry) => {
        void (async () => {
          const path = decodeName(entry.fileNameRaw, (entry.generalPurposeBitFlag & 0x800) !== 0).replace(/\\/g, "/");
          if (path.endsWith("/")) return;
          if (IGNORED.test(path)) {
            notices.push(`已忽略系统文件：${path}`);
            return;
          }
          row += 1;
          if (entry.isEncrypted()) return void entries.push({ row, path, bytes: null, problem: "文件已加密，无法读取" });
          if (!entry.canDecodeFileData()) return void entries.push({ row, path, bytes: null, problem: "压缩方式不受支持，请用常见的 ZIP 压缩" });
          if (entry.uncompressedSize > PHOTO_LIMITS.maxPhotoBytes) return void entries.push({ row, path, bytes: null, problem: `照片过大（${(entry.uncompressedSize / 1024 / 1024).toFixed(1)} MB），最大 ${PHOTO_LIMITS.maxPhotoBytes / 1024 / 1024} MB` });
          try {
            entries.push({ row, path, bytes: await readBytes(zip, entry, PHOTO_LIMITS.maxPhotoBytes), problem: null });
          } catch {
            entries.push({ row, path, bytes: null, problem: "文件已损坏，无法解压" });
          }
        })()
          .then(() => zip.readEntry())
          .catch(reject);
      });
      zip.readEntry();
    });
  } catch (e) {
    throw new PhotoZipError(`无法读取压缩包：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    zip.close();
  }
  return { entries, notices };
}
