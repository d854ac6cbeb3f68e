// Where the user guide lives on disk: docs/guide beside the app (the production start runs
// Next.js with the repository as its working directory; the Docker image copies the whole tree,
// docs/ included). Found by walking up from process.cwd(), as the PDF fonts are, so that vitest,
// `next start` and a bundled server agree.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";

/**
 * The absolute path of docs/guide: the nearest `docs/guide` holding README.md up from `start`.
 * Throws AppError INTERNAL when there is none (a deployment that left docs/ out).
 */
export function guideDir(start: string = process.cwd()): string {
  // (Not a file the bundler should trace: the folder is found at run time.)
  let dir = path.resolve(/* turbopackIgnore: true */ start);
  for (;;) {
    const candidate = path.join(dir, "docs", "guide");
    if (fs.existsSync(path.join(candidate, "README.md"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new AppError("INTERNAL", { message: `the user guide (docs/guide) was not found from ${start}` });
    dir = parent;
  }
}
