// The user guide's catalogue and rendering (src/server/help): which guide a role gets, the app's
// addresses for the Markdown's links and images, the screenshot whitelist against docs/guide, and
// the sanitizing of the rendered HTML.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { guideDir } from "@/server/help/guide-files";
import { GUIDE_IMAGES, GUIDE_SLUGS, guideHref, guidesForRoles, helpPath, isGuideImage } from "@/server/help/guides";
import { renderGuide, renderGuideMarkdown } from "@/server/help/render-guide";

const dir = guideDir();

describe("which guide the header's 帮助 link opens", () => {
  it("is the guide of the caller's main role, in the landing page's order", () => {
    expect(helpPath(["CANDIDATE"])).toBe("/help/candidate");
    expect(helpPath(["ADMIN"])).toBe("/help/admin");
    expect(helpPath(["PROCTOR"])).toBe("/help/proctor");
    expect(helpPath(["EXAMINER"])).toBe("/help/examiner");
    expect(helpPath(["TEACHER"])).toBe("/help/teacher");
    expect(helpPath(["TEACHER", "ADMIN"])).toBe("/help/admin");
    expect(guidesForRoles(["EXAMINER", "PROCTOR"])).toEqual(["proctor", "examiner"]);
  });

  it("is the index for an anonymous visitor or a user with no known role", () => {
    expect(helpPath(null)).toBe("/help");
    expect(helpPath([])).toBe("/help");
    expect(helpPath(["SOMETHING"])).toBe("/help");
  });
});

describe("guideHref: the Markdown's addresses as the app serves them", () => {
  it("maps sibling guides, the index and whitelisted screenshots", () => {
    expect(guideHref("candidate.md")).toBe("/help/candidate");
    expect(guideHref("./admin.md#成绩")).toBe("/help/admin#成绩");
    expect(guideHref("README.md")).toBe("/help");
    expect(guideHref("img/candidate-home.png")).toBe("/help/img/candidate-home.png");
  });

  it("keeps web addresses and anchors", () => {
    expect(guideHref("https://example.org/a")).toBe("https://example.org/a");
    expect(guideHref("#答题")).toBe("#答题");
  });

  it("gives no address to other files, unknown images or paths out of the folder", () => {
    for (const href of ["../scoring.md", "img/secret.png", "img/../../package.json", "../../package.json", "nobody.md", "javascript:alert(1)", "/etc/passwd", "img/sub/candidate-home.png"]) {
      expect(guideHref(href), href).toBeNull();
    }
  });
});

describe("the screenshot whitelist", () => {
  it("is exactly the PNG files of docs/guide/img", () => {
    const files = fs.readdirSync(path.join(dir, "img")).sort();
    expect([...GUIDE_IMAGES].sort()).toEqual(files);
    for (const name of files) {
      const head = fs.readFileSync(path.join(dir, "img", name)).subarray(0, 8);
      expect(head.toString("hex"), name).toBe("89504e470d0a1a0a");
    }
  });

  it("holds every image and guide the Markdown refers to", () => {
    const refs = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/\]\(([^)\s]+)\)/g)].map((m) => `${f}: ${m[1]}`));
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(guideHref(ref.split(": ")[1]!), ref).not.toBeNull();
  });

  it("matches whole names only", () => {
    expect(isGuideImage("candidate-home.png")).toBe(true);
    for (const name of ["../candidate-home.png", "img/candidate-home.png", "CANDIDATE-HOME.PNG", "candidate-home.png/", "candidate-home", "README.md", ""]) expect(isGuideImage(name), name).toBe(false);
  });
});

describe("rendering a guide", () => {
  it("renders every guide and the index with its heading and the app's image addresses", () => {
    const index = renderGuide(null, dir).html;
    expect(index).toContain("<h1>使用指南</h1>");
    for (const slug of GUIDE_SLUGS) expect(index).toContain(`href="/help/${slug}"`);
    const candidate = renderGuide("candidate", dir).html;
    expect(candidate).toContain("<h1>考生指南</h1>");
    expect(candidate).toContain('<img src="/help/img/candidate-home.png" alt="考生首页" loading="lazy" />');
    for (const slug of GUIDE_SLUGS) expect(renderGuide(slug, dir).html).toMatch(/<h1>.+指南<\/h1>/);
  });

  it("strips scripts, handlers, styles, foreign images and unsafe links", () => {
    const { html } = renderGuideMarkdown(
      [
        "# 标题",
        '<script>alert(1)</script><img src="x" onerror="alert(2)"><iframe src="https://evil.example"></iframe>',
        '<p style="color:red" onclick="alert(3)">段落</p>',
        "[坏链接](javascript:alert(4)) [外部](https://example.org/x) [仓库文件](../scoring.md) ![外图](https://evil.example/a.png) ![截图](img/admin-home.png)",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/script|onerror|onclick|iframe|style=|javascript:|evil\.example/i);
    expect(html).toContain("<p>段落</p>");
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">外部</a>');
    // Links without an address in the app keep their text only.
    expect(html).toContain("坏链接");
    expect(html).toContain("仓库文件");
    expect(html).not.toMatch(/<a[^>]*>(坏链接|仓库文件)/);
    expect(html).toContain('<img src="/help/img/admin-home.png" alt="截图" loading="lazy" />');
    expect(html.match(/<img/g)).toHaveLength(1);
  });
});

describe("guideDir", () => {
  it("finds docs/guide from a folder below the repository and fails clearly elsewhere", () => {
    expect(guideDir(path.join(dir, "..", "..", "tests", "unit"))).toBe(dir);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "no-guide-"));
    expect(() => guideDir(outside)).toThrow(/docs\/guide/);
  });
});

describe("the production image carries the guide", () => {
  it("copies docs/guide into the Dockerfile's runtime stage and does not ignore it", () => {
    const root = path.join(dir, "..", "..");
    const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    const copies = runtime.split("\n").filter((l) => /^COPY\s/.test(l));
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.some((l) => /\s\/app\/?\s+\/app\/?\s*$/.test(l) || /docs(\/guide)?\/?\s/.test(l)), copies.join("\n")).toBe(true);
    const ignored = fs.readFileSync(path.join(root, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    expect(ignored.filter((l) => /^\/?(docs|docs\/guide|docs\/guide\/img|\*\.md|\*\.png)\/?$/.test(l))).toEqual([]);
  });
});
