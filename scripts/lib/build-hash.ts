// "Build when needed": a hash of everything `next build` reads, stored beside the build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const DIRS = ["app", "src", "public"];
const FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
}

export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const d of DIRS) walk(path.join(root, d), files);
  for (const f of FILES) if (fs.existsSync(path.join(root, f))) files.push(path.join(root, f));
  files.sort();
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(path.relative(root, f));
    hash.update("\0");
    hash.update(fs.readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "source-hash.txt");

export function buildIsCurrent(root: string): boolean {
  const stamp = stampFile(root);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function recordBuild(root: string): void {
  fs.writeFileSync(stampFile(root), sourceHash(root));
}
