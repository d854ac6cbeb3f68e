import { describe, expect, it } from "vitest";
import { aspectWithin, CheckSpecSchema, runCheck, type CheckEvidence, type CheckSpec } from "@/grading/checks";

const spec = (s: unknown): CheckSpec => CheckSpecSchema.parse(s);
const img = (name: string, format: string, width: number, height: number): CheckEvidence => ({ files: [{ name, image: { format, width, height } }] });

describe("image check: format and minimum size (inclusive: 800×800 以上 includes 800)", () => {
  const s = spec({ kind: "image", formats: ["jpeg"], minWidth: 800, minHeight: 800 });
  it("exactly the minimum passes; one pixel less fails that dimension only", () => {
    expect(runCheck(s, img("主图.jpg", "jpeg", 800, 800))).toMatchObject({ passed: true, met: 3, total: 3 });
    const narrow = runCheck(s, img("主图.jpg", "jpeg", 799, 800));
    expect(narrow).toMatchObject({ passed: false, met: 2, total: 3 });
    expect(narrow.findings).toContainEqual({ ok: false, key: "checks.media.widthBad", params: { name: "主图.jpg", width: 799, min: 800 } });
    const low = runCheck(s, img("主图.jpg", "jpeg", 800, 799));
    expect(low.findings).toContainEqual({ ok: false, key: "checks.media.heightBad", params: { name: "主图.jpg", height: 799, min: 800 } });
  });
  it("jpg is jpeg; a PNG fails the format only", () => {
    expect(runCheck(s, img("a.jpg", "jpg", 1000, 1000)).passed).toBe(true);
    const png = runCheck(s, img("a.png", "png", 1000, 1000));
    expect(png).toMatchObject({ passed: false, met: 2, total: 3 });
    expect(png.findings[0]).toEqual({ ok: false, key: "checks.media.formatBad", params: { name: "a.png", format: "PNG", allowed: "JPEG" } });
  });
  it("every file is checked; a file that is not an image fails all its conditions", () => {
    const r = runCheck(s, { files: [{ name: "a.jpg", image: { format: "jpeg", width: 800, height: 800 } }, { name: "说明.pdf" }] });
    expect(r).toMatchObject({ passed: false, met: 3, total: 6 });
    expect(r.findings).toContainEqual({ ok: false, key: "checks.file.notImage", params: { name: "说明.pdf" } });
  });
  it("an unreadable file fails with the probe's reason; no file fails once per condition", () => {
    const r = runCheck(s, { files: [{ name: "坏图.jpg", error: "checks.probe.unreadable" }] });
    expect(r).toMatchObject({ passed: false, met: 0, total: 3 });
    expect(r.findings).toEqual([{ ok: false, key: "checks.probe.unreadable", params: { name: "坏图.jpg" } }]);
    expect(runCheck(s, { files: [] })).toMatchObject({ passed: false, met: 0, total: 3 });
    expect(runCheck(s, {}).findings).toEqual([{ ok: false, key: "checks.evidence.noFile" }]);
  });
});

describe("aspect ratio with a relative tolerance: |(W/H)/(w/h) − 1| ≤ tolerance, edges included", () => {
  const square1 = { w: 1, h: 1, tolerance: 0.01 };
  it("1:1 within 1 %: 1010×1000 is exactly at the edge and passes, 1011×1000 fails", () => {
    expect(aspectWithin(1010, 1000, square1)).toBe(true);
    expect(aspectWithin(1011, 1000, square1)).toBe(false);
    // Taller than wide: |1000/1010 − 1| = 0.0099 passes; 1000×1011 → 0.01088 fails.
    expect(aspectWithin(1000, 1010, square1)).toBe(true);
    expect(aspectWithin(1000, 1011, square1)).toBe(false);
  });
  it("3:4 with tolerance 0 needs the exact ratio", () => {
    const a = { w: 3, h: 4, tolerance: 0 };
    expect(aspectWithin(750, 1000, a)).toBe(true);
    expect(aspectWithin(751, 1000, a)).toBe(false);
  });
  it("16:9 within 0.5 %: 1920×1080 exact, 1929.6 would be the edge → 1929 in, 1930 out", () => {
    const a = { w: 16, h: 9, tolerance: 0.005 };
    expect(aspectWithin(1920, 1080, a)).toBe(true);
    expect(aspectWithin(1929, 1080, a)).toBe(true);
    expect(aspectWithin(1930, 1080, a)).toBe(false);
  });
  it("as a check condition with its finding", () => {
    const s = spec({ kind: "image", aspect: { w: 1, h: 1, tolerance: 0.01 } });
    expect(runCheck(s, img("a.png", "png", 1010, 1000)).findings).toEqual([
      { ok: true, key: "checks.media.aspectOk", params: { name: "a.png", width: 1010, height: 1000, ratio: "1:1", tolerance: "1%" } },
    ]);
    expect(runCheck(s, img("a.png", "png", 1011, 1000)).passed).toBe(false);
  });
});

describe("video check: format, duration in whole milliseconds, bounds inclusive", () => {
  const s = spec({ kind: "video", formats: ["mp4"], minSeconds: 5, maxSeconds: 60 });
  const vid = (durationSeconds: number, format = "mp4"): CheckEvidence => ({ files: [{ name: "主图视频.mp4", video: { format, durationSeconds } }] });
  it("60.000 s passes a 60 s limit; 60.001 s fails", () => {
    expect(runCheck(s, vid(60))).toMatchObject({ passed: true, met: 3, total: 3 });
    expect(runCheck(s, vid(59.9996))).toMatchObject({ passed: true }); // 60.000 to the millisecond
    const over = runCheck(s, vid(60.001));
    expect(over).toMatchObject({ passed: false, met: 2, total: 3 });
    expect(over.findings).toContainEqual({ ok: false, key: "checks.video.durationOverMax", params: { name: "主图视频.mp4", seconds: 60.001, max: 60 } });
  });
  it("5.000 s passes a 5 s minimum; 4.999 s fails", () => {
    expect(runCheck(s, vid(5)).passed).toBe(true);
    expect(runCheck(s, vid(4.999)).findings).toContainEqual({ ok: false, key: "checks.video.durationUnderMin", params: { name: "主图视频.mp4", seconds: 4.999, min: 5 } });
  });
  it("a MOV fails an MP4-only format", () => {
    expect(runCheck(s, vid(10, "mov"))).toMatchObject({ passed: false, met: 2, total: 3 });
  });
  it("size and aspect apply to the displayed video size, when the probe knows it", () => {
    const v = spec({ kind: "video", minHeight: 720, aspect: { w: 16, h: 9, tolerance: 0 } });
    expect(runCheck(v, { files: [{ name: "v.mp4", video: { format: "mp4", durationSeconds: 10, width: 1280, height: 720 } }] }).passed).toBe(true);
    expect(runCheck(v, { files: [{ name: "v.mp4", video: { format: "mp4", durationSeconds: 10, width: 720, height: 1280 } }] })).toMatchObject({ passed: false, met: 1, total: 2 });
    expect(runCheck(v, { files: [{ name: "v.mp4", video: { format: "mp4", durationSeconds: 10 } }] })).toMatchObject({ passed: false, met: 0, total: 2 });
  });
  it("an image submitted as the video fails with notVideo", () => {
    const r = runCheck(s, img("a.jpg", "jpeg", 800, 800));
    expect(r).toMatchObject({ passed: false, met: 0, total: 3 });
    expect(r.findings).toEqual([{ ok: false, key: "checks.file.notVideo", params: { name: "a.jpg" } }]);
  });
});
