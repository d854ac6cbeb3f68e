// Upload refusals name the detected type readably in every case: the catalogue's label, else the
// shared table the admin materials panel uses, else the MIME type or 未知类型 — never "undefined".
import { describe, expect, it } from "vitest";
import { fileTypeLabel } from "@/exam/file-types";
import { materialTypeLabel } from "@/exam/materials";
import { translator } from "@/i18n";
import { mimeLabel } from "@/server/uploads/mime-label";

const zh = translator("zh-CN");
const en = translator("en");

describe("mimeLabel", () => {
  it("names an EXE as the materials panel does, in both languages", () => {
    expect(mimeLabel(zh, "application/x-msdownload")).toBe("Windows 程序（EXE）");
    expect(materialTypeLabel("application/x-msdownload")).toBe("Windows 程序（EXE）");
    expect(mimeLabel(en, "application/x-msdownload")).toBe("a Windows program (EXE)");
  });

  it("falls back to the shared table, then the MIME type, then 未知类型 for types the catalogue lacks", () => {
    expect(mimeLabel(zh, "image/avif")).toBe("AVIF 图片");
    expect(mimeLabel(zh, "video/x-matroska")).toBe("X-MATROSKA 视频");
    expect(mimeLabel(zh, "application/x-sharedlib")).toBe("application/x-sharedlib");
    expect(mimeLabel(zh, "")).toBe("未知类型");
    expect(fileTypeLabel("")).toBe("未知类型");
  });

  it("never puts undefined into the refusal message", () => {
    for (const mime of ["application/x-msdownload", "application/x-elf", "image/heic", "", "application/vnd.ms-cab-compressed"]) {
      const text = zh("uploads.error.type", { detected: mimeLabel(zh, mime), allowed: mimeLabel(zh, "image/png") });
      expect(text).not.toContain("undefined");
      expect(text).toMatch(/^文件类型不符合要求：文件内容是.+，这里只接受PNG 图片。/);
    }
  });
});
