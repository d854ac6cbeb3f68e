// GET /help/img/<name> (app/help/img/[name]/route.ts): the whitelisted screenshots of
// docs/guide/img as image/png, and nothing else — no other file of the folder, no path.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "../../../app/help/img/[name]/route";
import { guideDir } from "@/server/help/guide-files";
import { GUIDE_IMAGES } from "@/server/help/guides";
import { readGuideImage } from "@/server/help/guide-image";

const get = (name: string) => GET(new Request(`http://localhost/help/img/${encodeURIComponent(name)}`), { params: Promise.resolve({ name }) });

describe("GET /help/img/<name>", () => {
  it("serves every whitelisted screenshot byte for byte as image/png", async () => {
    for (const name of GUIDE_IMAGES) {
      const response = await get(name);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(fs.readFileSync(path.join(guideDir(), "img", name))), name).toBe(true);
    }
  });

  it("answers 404 with a Chinese message for any other name, paths and look-alikes included", async () => {
    for (const name of [
      "../../package.json",
      "..%2F..%2Fpackage.json",
      "../README.md",
      "README.md",
      "candidate.md",
      "img/candidate-home.png",
      "/etc/passwd",
      "candidate-home.png/..",
      "./candidate-home.png",
      "CANDIDATE-HOME.PNG",
      "candidate-home.png\u0000",
      "candidate-home.png ",
      "",
    ]) {
      const response = await get(name);
      expect(response.status, JSON.stringify(name)).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe("没有这张指南截图（只提供 docs/guide/img 中列出的截图）");
    }
  });
});

describe("readGuideImage", () => {
  it("does not serve a file of the folder that is not whitelisted, nor a whitelisted name that is missing", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "guide-img-"));
    fs.mkdirSync(path.join(root, "img"));
    fs.writeFileSync(path.join(root, "img", "secret.png"), "not for the public");
    expect(readGuideImage("secret.png", root)).toBeNull();
    expect(readGuideImage("candidate-home.png", root)).toBeNull();
    fs.writeFileSync(path.join(root, "img", "candidate-home.png"), "x");
    expect(readGuideImage("candidate-home.png", root)).toEqual({ bytes: new Uint8Array(Buffer.from("x")), contentType: "image/png" });
  });
});
