// The guide's screenshots for GET /help/img/<name>: only the whitelisted names of guides.ts, read
// from docs/guide/img, as image/png. A name is never joined to a path before it has matched the
// whitelist exactly, so "../", encoded slashes or other files cannot be reached.
import fs from "node:fs";
import path from "node:path";
import { guideDir } from "./guide-files";
import { isGuideImage } from "./guides";

export type GuideImage = { bytes: Uint8Array; contentType: "image/png" };

/**
 * The screenshot `name` (e.g. "candidate-home.png") or null when the name is not whitelisted or
 * the file is missing. `dir` is docs/guide (found from the working directory by default).
 */
export function readGuideImage(name: string, dir?: string): GuideImage | null {
  if (!isGuideImage(name)) return null;
  const file = path.join(dir ?? guideDir(), "img", name);
  try {
    return { bytes: new Uint8Array(fs.readFileSync(file)), contentType: "image/png" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The 404 body of an image that is not served (Chinese first, as every user message). */
export const GUIDE_IMAGE_NOT_FOUND = { error: { code: "NOT_FOUND", message: "没有这张指南截图（只提供 docs/guide/img 中列出的截图）" } } as const;

/**
 * The HTTP response for GET /help/img/<name>: 200 with the PNG (cacheable for an hour: it changes
 * only with a new release) or 404 with GUIDE_IMAGE_NOT_FOUND. Public, as the guide is.
 */
export function guideImageResponse(name: string, dir?: string): Response {
  const image = readGuideImage(name, dir);
  if (!image) return Response.json(GUIDE_IMAGE_NOT_FOUND, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(Buffer.from(image.bytes), {
    headers: { "Content-Type": image.contentType, "Content-Length": String(image.bytes.byteLength), "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
