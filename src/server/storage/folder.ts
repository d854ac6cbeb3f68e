// The folder driver: each key is a file under the root folder (default <DATA_DIR>/files).
// A put streams into a temporary file under <root>/.tmp (same file system), fsyncs it, renames it
// over the final name and fsyncs the folder, so a final name only ever holds a complete file,
// also across a crash. Keys cannot start with "." (keys.ts), so .tmp never collides with one.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../errors";
import { MeasuringStream } from "./hashing";
import { assertRange, assertStorageKey } from "./keys";
import type { FileStorage } from "./types";

const TMP = ".tmp";

async function fsyncPath(p: string, flags: "r" | "r+"): Promise<void> {
  const handle = await fsp.open(p, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

export class FolderStorage implements FileStorage {
  readonly driver = "folder" as const;
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute path of a key (validated). */
  pathOf(key: string): string {
    return path.join(this.root, ...assertStorageKey(key).split("/"));
  }

  async put(key: string, body: NodeJS.ReadableStream | Buffer, _meta: { contentType: string }) {
    const final = this.pathOf(key);
    const tmpDir = path.join(this.root, TMP);
    await fsp.mkdir(tmpDir, { recursive: true });
    await fsp.mkdir(path.dirname(final), { recursive: true });
    const tmp = path.join(tmpDir, `${randomUUID()}.part`);
    const measure = new MeasuringStream();
    try {
      const source = Buffer.isBuffer(body) ? Readable.from([body]) : (body as NodeJS.ReadableStream);
      await pipeline(source, measure, fs.createWriteStream(tmp, { flags: "wx", mode: 0o640 }));
      await fsyncPath(tmp, "r+");
      await fsp.rename(tmp, final);
    } catch (error) {
      await fsp.rm(tmp, { force: true });
      throw error;
    }
    await fsyncPath(path.dirname(final), "r");
    return { size: measure.byteCount, sha256: measure.digest() };
  }

  async get(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    const file = this.pathOf(key);
    assertRange(range);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, "r");
    } catch (error) {
      if (isMissing(error)) throw new AppError("NOT_FOUND");
      throw error;
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new AppError("NOT_FOUND");
      if (range && range.start >= stats.size) throw new AppError("VALIDATION", { message: "请求的字节范围超出文件大小" });
      return handle.createReadStream(range ? { start: range.start, end: Math.min(range.end, stats.size - 1) } : {});
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const stats = await fsp.stat(this.pathOf(key));
      return stats.isFile() ? { size: stats.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await fsp.unlink(this.pathOf(key));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (isMissing(error) || code === "EPERM") return; // absent, or a folder (not an object)
      throw error;
    }
  }

  /** Removes temporary files older than `maxAgeMs` left by puts that died midway. */
  async sweepTemporary(maxAgeMs: number, now = Date.now()): Promise<number> {
    const dir = path.join(this.root, TMP);
    let removed = 0;
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
    for (const name of names) {
      const p = path.join(dir, name);
      const stats = await fsp.stat(p).catch(() => null);
      if (stats && now - stats.mtimeMs > maxAgeMs) {
        await fsp.rm(p, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
