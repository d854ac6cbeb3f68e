// "文件太大：{size}，上限为 {limit}" must never show two equal numbers for different sizes.
import { describe, expect, it } from "vitest";
import { translator } from "@/i18n";
import { formatBytes, formatSizeAndLimit } from "@/server/uploads/refusal";

const MB = 1024 * 1024;
const zh = translator("zh-CN");

describe("formatSizeAndLimit", () => {
  it("tells 21,000,000 bytes from a 20 MB limit", () => {
    const pair = formatSizeAndLimit(21_000_000, 20 * MB);
    expect(pair).toEqual({ size: "20.03 MB", limit: "20.00 MB" });
    expect(zh("uploads.error.tooLarge", pair)).toBe("文件太大：20.03 MB，上限为 20.00 MB。");
  });

  it("keeps one decimal when that already differs, and falls back to exact bytes for one byte over", () => {
    expect(formatSizeAndLimit(30 * MB, 20 * MB)).toEqual({ size: "30.0 MB", limit: "20.0 MB" });
    expect(formatSizeAndLimit(20 * MB + 1, 20 * MB)).toEqual({ size: "20,971,521 B", limit: "20,971,520 B" });
    expect(formatSizeAndLimit(3 * 1024 * MB, 2 * 1024 * MB)).toEqual({ size: "3.0 GB", limit: "2.0 GB" });
    expect(formatSizeAndLimit(600, 500)).toEqual({ size: "600 B", limit: "500 B" });
  });

  it("never reads equal for a range of sizes just over the limit", () => {
    for (const limit of [MB, 8 * MB, 20 * MB, 500 * MB]) {
      for (const over of [1, 10, 1000, 5000, 50_000, 1_000_000]) {
        const pair = formatSizeAndLimit(limit + over, limit);
        expect(pair.size).not.toBe(pair.limit);
      }
    }
    expect(formatBytes(20 * MB)).toBe("20.0 MB");
  });
});
