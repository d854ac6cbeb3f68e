// The plain files of a folder with their modification times; a missing folder has none.
import fsp from "node:fs/promises";
import path from "node:path";

export async function filesIn(directory: string): Promise<Array<{ name: string; path: string; mtimeMs: number }>> {
  const names = await fsp.readdir(directory).catch(() => [] as string[]);
  const out = [];
  for (const name of names) {
    const p = path.join(directory, name);
    const stats = await fsp.stat(p).catch(() => null);
    if (stats?.isFile()) out.push({ name, path: p, mtimeMs: stats.mtimeMs });
  }
  return out;
}
