// File probes against real files: images made with sharp, small videos (tests/fixtures/media),
// XLSX written with exceljs and CSV in three encodings, read back from disk and from memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { CheckSpecSchema, runCheck } from "@/grading/checks";
import { probeFile, probeKind, XLSX_MIME } from "@/server/skill/probe";
import { videoEvidenceFromTracks } from "@/server/skill/probe/video";

const MEDIA = path.join(import.meta.dirname, "..", "fixtures", "media");
const dir = mkdtempSync(path.join(tmpdir(), "probe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(name: string, bytes: Buffer): { path: string } {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return { path: p };
}

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#c33" } });

describe("probeFile: images", () => {
  it("reads a PNG's format and size from disk and from memory alike", async () => {
    const png = await solid(800, 800).png().toBuffer();
    expect(await probeFile(onDisk("主图.png", png), "image/png", "主图.png")).toEqual({ name: "主图.png", image: { format: "png", width: 800, height: 800 } });
    expect(await probeFile({ buffer: png }, "image/png", "主图.png")).toEqual({ name: "主图.png", image: { format: "png", width: 800, height: 800 } });
  });
  it("a phone JPEG stored sideways (EXIF orientation 6) is measured as displayed", async () => {
    const jpeg = await solid(1200, 900).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await probeFile({ buffer: jpeg }, "image/jpeg", "a.jpg")).toEqual({ name: "a.jpg", image: { format: "jpeg", width: 900, height: 1200 } });
    const upright = await solid(1200, 900).jpeg().toBuffer();
    expect((await probeFile({ buffer: upright }, "image/jpeg", "b.jpg")).image).toEqual({ format: "jpeg", width: 1200, height: 900 });
  });
  it("names WebP, GIF, TIFF and AVIF", async () => {
    const cases: Array<[Buffer, string]> = [
      [await solid(30, 20).webp().toBuffer(), "webp"],
      [await solid(30, 20).gif().toBuffer(), "gif"],
      [await solid(30, 20).tiff().toBuffer(), "tiff"],
      [await solid(32, 16).avif().toBuffer(), "avif"],
    ];
    for (const [bytes, format] of cases) {
      const e = await probeFile({ buffer: bytes }, `image/${format}`, `x.${format}`);
      expect(e.image?.format).toBe(format);
      expect(e.image?.width).toBe(format === "avif" ? 32 : 30);
    }
  });
  it("bytes that are not an image are unreadable, not a crash", async () => {
    expect(await probeFile({ buffer: Buffer.from("not a picture at all") }, "image/png", "fake.png")).toEqual({ name: "fake.png", error: "checks.probe.unreadable" });
    expect(await probeFile({ buffer: Buffer.alloc(0) }, "image/jpeg", "empty.jpg")).toEqual({ name: "empty.jpg", error: "checks.probe.unreadable" });
  });
  it("feeds the image check: exactly 800×800 passes, 799 fails", async () => {
    const spec = CheckSpecSchema.parse({ kind: "image", formats: ["jpeg"], minWidth: 800, minHeight: 800, aspect: { w: 1, h: 1, tolerance: 0 } });
    const ok = await probeFile({ buffer: await solid(800, 800).jpeg().toBuffer() }, "image/jpeg", "ok.jpg");
    const small = await probeFile({ buffer: await solid(799, 800).jpeg().toBuffer() }, "image/jpeg", "small.jpg");
    expect(runCheck(spec, { files: [ok] }).passed).toBe(true);
    expect(runCheck(spec, { files: [small] })).toMatchObject({ passed: false, met: 2, total: 4 });
  });
});

describe("probeFile: videos (MediaInfo, WebAssembly)", () => {
  const fixture = (name: string) => ({ path: path.join(MEDIA, name) });
  it("an MP4: format, duration and size", async () => {
    expect(await probeFile(fixture("clip-2.5s.mp4"), "video/mp4", "clip.mp4")).toEqual({
      name: "clip.mp4",
      video: { format: "mp4", durationSeconds: 2.5, width: 64, height: 36 },
    });
  });
  it("a WebM and a QuickTime MOV, from memory", async () => {
    const webm = await probeFile({ buffer: readFileSync(path.join(MEDIA, "clip-1.5s.webm")) }, "video/webm", "a.webm");
    expect(webm.video).toEqual({ format: "webm", durationSeconds: 1.5, width: 64, height: 36 });
    const mov = await probeFile(fixture("clip-3s.mov"), "video/quicktime", "a.mov");
    expect(mov.video).toEqual({ format: "mov", durationSeconds: 3, width: 64, height: 48 });
  });
  it("a video recorded in portrait (rotation 270°) is measured as displayed", async () => {
    expect((await probeFile(fixture("phone-rotated.mp4"), "video/mp4", "p.mp4")).video).toEqual({ format: "mp4", durationSeconds: 2.5, width: 36, height: 64 });
  });
  it("no picture, garbage and a cut-off file get a reason", async () => {
    expect(await probeFile(fixture("audio-only.m4a"), "video/mp4", "a.mp4")).toEqual({ name: "a.mp4", error: "checks.probe.noVideoTrack" });
    expect((await probeFile({ buffer: Buffer.from("garbage".repeat(100)) }, "video/mp4", "g.mp4")).error).toBe("checks.probe.unreadable");
    const cut = readFileSync(path.join(MEDIA, "clip-2.5s.mp4")).subarray(0, 40);
    expect((await probeFile({ buffer: cut }, "video/mp4", "cut.mp4")).video).toBeUndefined();
  });
  it("many probes at once each get their own file's answer (one analysis at a time)", async () => {
    const names = ["clip-2.5s.mp4", "clip-1.5s.webm", "clip-3s.mov", "audio-only.m4a", "phone-rotated.mp4"];
    const results = await Promise.all([...names, ...names].map((n) => probeFile(fixture(n), "video/mp4", n)));
    expect(results.map((r) => r.video?.durationSeconds ?? r.error)).toEqual([...[2.5, 1.5, 3, "checks.probe.noVideoTrack", 2.5], ...[2.5, 1.5, 3, "checks.probe.noVideoTrack", 2.5]]);
  });
  it("a file without a recorded duration says so", () => {
    expect(videoEvidenceFromTracks("rec.webm", [{ "@type": "General", Format: "WebM" }, { "@type": "Video", Format: "VP8", Width: 640, Height: 480 }])).toEqual({
      name: "rec.webm",
      error: "checks.probe.noDuration",
    });
  });
  it("feeds the video check: a 2.5 s clip fails a 3 s minimum", async () => {
    const spec = CheckSpecSchema.parse({ kind: "video", formats: ["mp4", "mov"], minSeconds: 3 });
    const mp4 = await probeFile(fixture("clip-2.5s.mp4"), "video/mp4", "a.mp4");
    const mov = await probeFile(fixture("clip-3s.mov"), "video/quicktime", "b.mov");
    expect(runCheck(spec, { files: [mov] }).passed).toBe(true);
    expect(runCheck(spec, { files: [mp4] })).toMatchObject({ passed: false, met: 1, total: 2 });
  });
});

/** A cleaned order table as a candidate might hand it in: a title row, typed cells, a blank row. */
async function orderWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("说明");
  notes.state = "hidden";
  notes.getCell("A1").value = "hidden notes";
  const ws = wb.addWorksheet("清洗结果");
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "订单数据（已清洗）";
  ws.addRow([]);
  ws.getRow(3).values = ["订单编号", "商品", "数量", "单价", "下单日期"];
  ws.getRow(4).values = ["D001", { richText: [{ text: "T" }, { text: "恤", font: { bold: true } }] }, 2, 59.9, new Date(Date.UTC(2024, 2, 1))];
  ws.getRow(5).values = ["D002", "短裤", "1", 39, new Date(Date.UTC(2024, 2, 1))];
  // row 6 left blank on purpose
  ws.getRow(7).values = ["D003", "帽子", { formula: "1+0", result: 1 }, 19.5, new Date(Date.UTC(2024, 2, 2))];
  ws.getRow(8).values = ["D005", "袜子", 5, 9.9, new Date(Date.UTC(2024, 2, 3))];
  for (let r = 4; r <= 8; r++) {
    ws.getCell(`D${r}`).numFmt = "¥#,##0.00";
    ws.getCell(`E${r}`).numFmt = "yyyy-mm-dd";
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("probeFile: spreadsheets", () => {
  it("XLSX: the first visible sheet with content; header = first row with content; typed cells; real row numbers", async () => {
    const bytes = await orderWorkbook();
    const e = await probeFile(onDisk("结果.xlsx", bytes), XLSX_MIME, "结果.xlsx");
    // The merged title row is the first row with content, so it is the header here.
    expect(e.table?.columns).toEqual(["订单数据（已清洗）", "", "", "", ""]);
    expect(e.table?.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(e.table?.rows[0]).toEqual([null, null, null, null, null]);
    expect(e.table?.rows[1]).toEqual(["订单编号", "商品", "数量", "单价", "下单日期"]);
    expect(e.table?.rows[2]).toEqual(["D001", "T恤", 2, 59.9, "2024-03-01"]);
    expect(e.table?.rows[3]).toEqual(["D002", "短裤", "1", 39, "2024-03-01"]);
    expect(e.table?.rows[4]).toEqual([null, null, null, null, null]);
    expect(e.table?.rows[5]).toEqual(["D003", "帽子", 1, 19.5, "2024-03-02"]);
    // The table check finds the header under the title by the expected column names.
    const spec = CheckSpecSchema.parse({
      kind: "table",
      expected: { columns: ["订单编号", "商品", "数量", "单价", "下单日期"], rows: [["D001", "T恤", 2, 59.9, "2024-03-01"], ["D002", "短裤", 1, 39, "2024-03-01"], ["D003", "帽子", 1, 19.5, "2024-03-02"], ["D005", "袜子", 5, 9.9, "2024-03-03"]] },
    });
    const r = runCheck(spec, { files: [e] });
    expect(r.findings.filter((f) => !f.ok && f.key !== "checks.table.summary").map((f) => `${f.key}@${f.params?.row}`)).toEqual([
      "checks.table.cellNumberAsText@5",
      "checks.table.rowBlank@6",
    ]);
  });

  it("XLSX → table check: the probe's table against the model answer names each problem by its Excel row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["订单编号", "商品", "数量", "单价", "下单日期"]);
    ws.addRow(["D001", "T恤", 2, 59.9, new Date(Date.UTC(2024, 2, 1))]);
    ws.addRow(["D002", "短裤", "1", 39, new Date(Date.UTC(2024, 2, 1))]); // 数量 still text
    ws.addRow(["D002", "短裤", "1", 39, new Date(Date.UTC(2024, 2, 1))]); // duplicate left in
    ws.addRow([]);
    ws.addRow(["D003", "帽子", null, 19.5, new Date(Date.UTC(2024, 2, 2))]); // blank not filled
    ws.addRow(["D005", "袜子", 5, 9.9, new Date(Date.UTC(2024, 2, 3))]);
    const file = await probeFile({ buffer: Buffer.from(await wb.xlsx.writeBuffer()) }, XLSX_MIME, "清洗.xlsx");
    const spec = CheckSpecSchema.parse({
      kind: "table",
      expected: {
        columns: ["订单编号", "商品", "数量", "单价", "下单日期"],
        rows: [
          ["D001", "T恤", 2, 59.9, "2024-03-01"],
          ["D002", "短裤", 1, 39, "2024-03-01"],
          ["D003", "帽子", 1, 19.5, "2024-03-02"],
          ["D005", "袜子", 5, 9.9, "2024-03-03"],
        ],
      },
    });
    const r = runCheck(spec, { files: [file] });
    expect(r.passed).toBe(false);
    expect(r.findings.filter((f) => !f.ok && f.key !== "checks.table.summary").map((f) => `${f.key}@${f.params?.row}`)).toEqual([
      "checks.table.cellNumberAsText@3",
      "checks.table.rowDuplicate@4",
      "checks.table.rowBlank@5",
      "checks.table.cellBlank@6",
    ]);
  });

  it("CSV in UTF-8, UTF-8 with BOM and GB18030 reads the same; leading zeros and long numbers stay text", async () => {
    const text = "订单编号,邮编,金额,数量\r\nD001,010020,\"1,299.50\",3\r\n202403011234567890,100000,-0.5,\r\n";
    const expected = {
      columns: ["订单编号", "邮编", "金额", "数量"],
      rows: [
        ["D001", "010020", 1299.5, 3],
        ["202403011234567890", 100000, -0.5, null],
      ],
      rowNumbers: [2, 3],
    };
    const utf8 = Buffer.from(text, "utf8");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const gb = iconv.encode(text, "gb18030");
    expect(gb.equals(utf8)).toBe(false);
    for (const bytes of [utf8, bom, gb]) expect((await probeFile({ buffer: bytes }, "text/csv", "a.csv")).table).toEqual(expected);
    // Content detection cannot name CSV: the extension decides for plain text.
    expect((await probeFile(onDisk("b.csv", gb), "text/plain", "b.csv")).table).toEqual(expected);
  });

  it("unreadable, empty and non-spreadsheet files", async () => {
    expect(await probeFile({ buffer: Buffer.from("PK\u0003\u0004 broken") }, XLSX_MIME, "x.xlsx")).toEqual({ name: "x.xlsx", error: "checks.probe.unreadable" });
    expect(await probeFile({ buffer: Buffer.from([0xff, 0xfe, 0x00, 0xd8]) }, "text/csv", "x.csv")).toEqual({ name: "x.csv", error: "checks.probe.unreadable" });
    expect(await probeFile({ buffer: Buffer.from(" \r\n,,\r\n") }, "text/csv", "x.csv")).toEqual({ name: "x.csv", error: "checks.probe.tableEmpty" });
    expect(await probeFile({ buffer: Buffer.from("%PDF-1.4") }, "application/pdf", "x.pdf")).toEqual({ name: "x.pdf" });
  });

  it("more than 20,000 data rows is refused rather than compared in part", async () => {
    const lines = ["a,b", ...Array.from({ length: 20_001 }, (_, i) => `${i},x`)].join("\n");
    expect(await probeFile({ buffer: Buffer.from(lines) }, "text/csv", "big.csv")).toEqual({ name: "big.csv", error: "checks.probe.tableTooLarge" });
  });
});

describe("probeKind", () => {
  it("trusts the detected type, and the extension only for generic types", () => {
    expect(probeKind("image/jpeg", "x.txt")).toBe("image");
    expect(probeKind("image/svg+xml", "x.svg")).toBeNull();
    expect(probeKind("video/quicktime", "x.mov")).toBe("video");
    expect(probeKind(XLSX_MIME, "x.bin")).toBe("xlsx");
    expect(probeKind("application/zip", "x.xlsx")).toBe("xlsx");
    expect(probeKind("application/zip", "x.csv")).toBeNull();
    expect(probeKind("text/plain; charset=utf-8", "x.csv")).toBe("csv");
    expect(probeKind("application/pdf", "x.csv")).toBeNull();
  });
});
