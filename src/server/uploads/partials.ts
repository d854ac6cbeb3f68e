// Unfinished uploads (the tus file store: <partial dir>/tus/<id> holds the bytes received so far,
// <id>.json the upload's info) are deleted once they are older than the set age (from their
// creation, as the Upload-Expires header tells the client), and so is any stray file older than
// that (e.g. the bytes of an upload whose info was lost).
import fsp from "node:fs/promises";
import path from "node:path";

const ID = /^[0-9a-f]{32}$/;

export async function sweepPartialUploads(directory: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fsp.readdir(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const p = path.join(directory, name);
    const stats = await fsp.stat(p).catch(() => null);
    if (!stats?.isFile()) continue;
    let expired = now - stats.mtimeMs > maxAgeMs;
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
