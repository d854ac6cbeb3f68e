// Type detection by content (src/server/uploads/detect-type.ts): signatures win over names;
// text formats (no signature) are text only when their bytes look like text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { detectFileType, looksLikeText } from "@/server/uploads/detect-type";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "detect-type-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  fs.writeFileSync(p, bytes);
  return p;
}

describe("detectFileType", () => {
  it("names an XLSX by its content, whatever its extension", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("清洗结果").addRow(["商品", "价格"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await detectFileType(file("a.xlsx", bytes), "a.xlsx")).toEqual({ mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" });
    expect((await detectFileType(file("a.csv", bytes), "a.csv")).mime).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  it("names JPEG and PDF by their signatures", async () => {
    expect((await detectFileType(file("x.png", Buffer.from("ffd8ffe000104a46494600010100000100010000ffdb", "hex")), "x.png")).mime).toBe("image/jpeg");
    expect((await detectFileType(file("x.txt", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "x.txt")).mime).toBe("application/pdf");
  });

  it("takes text without a signature as the text type its extension names", async () => {
    expect(await detectFileType(file("t.csv", "\ufeff商品,价格\r\n围巾,12.5\r\n"), "清洗结果.CSV")).toEqual({ mime: "text/csv", ext: "csv" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("商品\t价格\r\n", "utf16le")]);
    expect((await detectFileType(file("u.csv", utf16), "u.csv")).mime).toBe("text/csv");
    expect((await detectFileType(file("n", "plain words"), "notes")).mime).toBe("text/plain");
    expect((await detectFileType(file("d.json", '{"a":1}'), "d.json")).mime).toBe("application/json");
  });

  it("calls anything else application/octet-stream, an empty file included", async () => {
    expect(await detectFileType(file("b.csv", Buffer.from([0, 1, 2, 3, 250, 0])), "b.csv")).toEqual({ mime: "application/octet-stream", ext: null });
    expect((await detectFileType(file("e.csv", Buffer.alloc(0)), "e.csv")).mime).toBe("application/octet-stream");
  });
});

describe("looksLikeText", () => {
  it("accepts line ends, tabs, GBK and UTF-8 bytes; refuses NUL and other control bytes", () => {
    expect(looksLikeText(Buffer.from("a,b\tc\r\n\f"))).toBe(true);
    expect(looksLikeText(Buffer.from([0xc9, 0xcc, 0xc6, 0xb7]))).toBe(true);
    expect(looksLikeText(Buffer.from("价格", "utf8"))).toBe(true);
    expect(looksLikeText(Buffer.from([0x41, 0x00, 0x42]))).toBe(false);
    expect(looksLikeText(Buffer.from([0x41, 0x07]))).toBe(false);
    expect(looksLikeText(Buffer.from([0x41, 0x7f]))).toBe(false);
    expect(looksLikeText(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toBe(true);
    expect(looksLikeText(Buffer.from([0xff, 0xfe, 0x01, 0x00]))).toBe(false);
  });
});
