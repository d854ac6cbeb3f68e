// Unfinished uploads (the tus file store: <partial dir>/tus/<id> holds the bytes received so far,
// <id>.json the upload's info) are deleted once they are older than the set age (from their
// creation, as the Upload-Expires header tells the client), and so is any stray file older than
// that (e.g. the bytes of an upload whose info was lost).
import fsp from "node:fs/promises";
import path from "node:path";
import { filesIn } from "./files-in";

const ID = /^[0-9a-f]{32}$/;

export async function sweepPartialUploads(directory: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const { name, path: p, mtimeMs } of await filesIn(directory)) {
    if (!(await fsp.stat(p).catch(() => null))) continue; // removed with its pair already
    let expired = now - mtimeMs > maxAgeMs;
    const id = name.endsWith(".json") ? name.slice(0, -5) : name;
    if (!expired && name.endsWith(".json") && ID.test(id)) {
      const info = await fsp
        .readFile(p, "utf8")
        .then((text) => JSON.parse(text) as { creation_date?: string })
        .catch(() => null);
      const created = info?.creation_date ? Date.parse(info.creation_date) : NaN;
      expired = Number.isFinite(created) && now - created > maxAgeMs;
    }
    if (!expired) continue;
    // An upload goes as a pair: its info and its bytes.
    for (const f of ID.test(id) ? [id, `${id}.json`] : [name]) {
      await fsp.rm(path.join(directory, f), { force: true });
    }
    removed += 1;
  }
  return removed;
}
