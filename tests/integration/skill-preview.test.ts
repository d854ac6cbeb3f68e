// Previews against real files: a DOCX assembled part by part (with an image, a table, a
// dangerous link and an image linked to a local file), XLSX written with exceljs, CSV and text in
// several encodings; each read back from disk or memory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { XLSX_MIME } from "@/server/skill/probe";
import { DOCX_MIME, PREVIEW_MAX_BYTES, PREVIEW_MAX_COLUMNS, PREVIEW_MAX_ROWS, PREVIEW_MAX_TEXT, previewFile, type FilePreview } from "@/server/skill/preview";
import { columnLetter } from "@/server/skill/preview/sheets";

const dir = mkdtempSync(path.join(tmpdir(), "preview-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function onDisk(name: string, bytes: Buffer): { path: string } {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return { path: p };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const picture = (rel: string, attr: "r:embed" | "r:link", descr: string) =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="p" descr="${descr}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="p" descr="${descr}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ${attr}="${rel}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** A product description as a candidate writes it in Word. */
async function productDocx(png: Buffer): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="emf" ContentType="image/x-emf"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' +
      '<Relationship Id="rIdEmf" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.emf"/>' +
      '<Relationship Id="rIdLocal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/hostname" TargetMode="External"/>' +
      '<Relationship Id="rIdJs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>' +
      '<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/shop" TargetMode="External"/>' +
      "</Relationships>",
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>` +
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>商品详情：夏季纯棉T恤</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>面料</w:t></w:r><w:r><w:t xml:space="preserve">：100% 棉 &lt;script&gt;alert(1)&lt;/script&gt;</w:t></w:r></w:p>' +
      `<w:p>${picture("rIdImg", "r:embed", "商品主图")}</w:p>` +
      `<w:p>${picture("rIdEmf", "r:embed", "矢量图")}</w:p>` +
      `<w:p>${picture("rIdLocal", "r:link", "本地文件")}</w:p>` +
      '<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>点我</w:t></w:r></w:hyperlink></w:p>' +
      '<w:p><w:hyperlink r:id="rIdWeb"><w:r><w:t>店铺首页</w:t></w:r></w:hyperlink></w:p>' +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>尺码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>胸围</w:t></w:r></w:p></w:tc></w:tr>" +
      "<w:tr><w:tc><w:p><w:r><w:t>M</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
      "</w:body></w:document>",
  );
  zip.file("word/media/image1.png", png);
  zip.file("word/media/image2.emf", Buffer.from("not really an emf"));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("previewFile: DOCX as sanitized HTML", () => {
  it("keeps headings, bold, tables, safe links and the image inline; drops script, javascript: links and local files", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#0a0" } }).png().toBuffer();
    const p = await previewFile(onDisk("详情.docx", await productDocx(png)), DOCX_MIME, "详情.docx");
    expect(p.kind).toBe("html");
    const html = (p as Extract<FilePreview, { kind: "html" }>).html;
    expect(html).toContain("<h1>商品详情：夏季纯棉T恤</h1>");
    expect(html).toContain("<strong>面料</strong>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<img alt="商品主图" src="data:image/png;base64,${png.toString("base64")}" />`);
    expect(html).toContain("<span>[image/x-emf]</span>");
    expect(html).toContain("<span>[image]</span>"); // the image linked to a local file: not read
    expect(html).not.toContain("file:");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("<p><a>点我</a></p>");
    expect(html).toContain('<a href="https://example.com/shop" target="_blank" rel="noopener noreferrer nofollow">店铺首页</a>');
    expect(html).toMatch(/<table>.*<td><p>尺码<\/p><\/td>.*<td><p>100<\/p><\/td>.*<\/table>/s);
  });
  it("a DOCX detected only as a ZIP is recognised by its name; a broken one is offered for download", async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } }).png().toBuffer();
    expect((await previewFile({ buffer: await productDocx(png) }, "application/zip", "a.docx")).kind).toBe("html");
    expect(await previewFile({ buffer: Buffer.from("PK\u0003\u0004 broken") }, DOCX_MIME, "b.docx")).toEqual({ kind: "download" });
  });
});

async function formattedWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("销售");
  ws.addRow(["商品", "金额", "占比", "日期", "中文日期", "短日期", "编号", "合计", "比值", "在售"]);
  ws.addRow(["T恤", 1299.5, 0.256, new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1)), "00123", { formula: "B2*2", result: 2599 }, { formula: "1/0", result: { error: "#DIV/0!" } }, true]);
  ws.addRow([{ richText: [{ text: "短" }, { text: "裤", font: { italic: true } }] }, 0.1 + 0.2, null, null, null, null, 123456789012, null, null, false]);
  ws.getCell("B2").numFmt = "¥#,##0.00";
  ws.getCell("C2").numFmt = "0.0%";
  ws.getCell("D2").numFmt = "yyyy-mm-dd";
  ws.getCell("E2").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("F2").numFmt = "mm-dd-yy";
  ws.getCell("H2").numFmt = "#,##0";
  ws.mergeCells("A5:C5");
  ws.getCell("A5").value = "合并单元格";
  const hidden = wb.addWorksheet("草稿");
  hidden.state = "hidden";
  hidden.getCell("B2").value = "草稿内容";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("previewFile: spreadsheets as tables of what Excel shows", () => {
  it("XLSX: number formats, dates, text, formulas, errors, merged cells; every sheet; Excel row numbers", async () => {
    const p = await previewFile(onDisk("销售.xlsx", await formattedWorkbook()), XLSX_MIME, "销售.xlsx");
    expect(p.kind).toBe("table");
    const { sheets } = p as Extract<FilePreview, { kind: "table" }>;
    expect(sheets.map((s) => s.name)).toEqual(["销售", "草稿 (hidden)"]);
    const t = sheets[0]!.table;
    expect(sheets[0]!.truncated).toBe(false);
    expect(t.columns).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(t.rowNumbers).toEqual([1, 2, 3, 5]);
    expect(t.rows[1]).toEqual(["T恤", "¥1,299.50", "25.6%", "2024-03-01", "2024年3月1日", "2024/3/1", "00123", "2,599", "#DIV/0!", "TRUE"]);
    expect(t.rows[2]).toEqual(["短裤", "0.3", null, null, null, null, "123456789012", null, null, "FALSE"]);
    expect(t.rows[3]).toEqual(["合并单元格", null, null, null, null, null, null, null, null, null]);
    expect(sheets[1]!.table.rows).toEqual([[null, "草稿内容"]]);
    expect(sheets[1]!.table.rowNumbers).toEqual([2]);
  });
  it("cuts a large sheet to PREVIEW_MAX_ROWS × PREVIEW_MAX_COLUMNS and says so", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 0; r < PREVIEW_MAX_ROWS + 20; r++) ws.addRow(Array.from({ length: PREVIEW_MAX_COLUMNS + 5 }, (_, c) => r * 1000 + c));
    const p = (await previewFile({ buffer: Buffer.from(await wb.xlsx.writeBuffer()) }, XLSX_MIME, "big.xlsx")) as Extract<FilePreview, { kind: "table" }>;
    const s = p.sheets[0]!;
    expect(s.truncated).toBe(true);
    expect(s.table.rows).toHaveLength(PREVIEW_MAX_ROWS);
    expect(s.table.columns).toHaveLength(PREVIEW_MAX_COLUMNS);
    expect(s.table.columns.at(-1)).toBe(columnLetter(PREVIEW_MAX_COLUMNS));
    expect(s.table.rows.at(-1)?.at(-1)).toBe(String((PREVIEW_MAX_ROWS - 1) * 1000 + PREVIEW_MAX_COLUMNS - 1));
  });
  it("CSV in GB18030: the text exactly as written (leading zeros kept), record numbers as rows", async () => {
    const text = "订单编号,邮编,备注\r\nD001,010020,\"含逗号,的备注\"\r\n\r\nD002,100000,\r\n";
    const p = await previewFile({ buffer: iconv.encode(text, "gb18030") }, "text/plain", "订单.csv");
    expect(p).toEqual({
      kind: "table",
      sheets: [
        {
          name: "订单.csv",
          truncated: false,
          table: {
            columns: ["A", "B", "C"],
            rows: [
              ["订单编号", "邮编", "备注"],
              ["D001", "010020", "含逗号,的备注"],
              ["D002", "100000", null],
            ],
            rowNumbers: [1, 2, 4],
          },
        },
      ],
    });
  });
});

describe("previewFile: text and the kinds the browser shows", () => {
  it("text in UTF-8 with BOM and in GB18030", async () => {
    const words = "客服话术：亲，您好！\n第二行";
    expect(await previewFile({ buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(words)]) }, "text/plain", "a.txt")).toEqual({ kind: "text", text: words, truncated: false });
    expect(await previewFile(onDisk("b.txt", iconv.encode(words, "gb18030")), "text/plain", "b.txt")).toEqual({ kind: "text", text: words, truncated: false });
  });
  it("long text is cut at PREVIEW_MAX_TEXT characters", async () => {
    const p = await previewFile({ buffer: Buffer.from("字".repeat(PREVIEW_MAX_TEXT + 1)) }, "text/plain", "long.txt");
    expect(p).toMatchObject({ kind: "text", truncated: true });
    expect([...(p as Extract<FilePreview, { kind: "text" }>).text]).toHaveLength(PREVIEW_MAX_TEXT);
  });
  it("images, videos and PDFs are shown by the browser; SVG, archives and oversize files are downloads", async () => {
    const none = { buffer: Buffer.alloc(0) };
    expect(await previewFile(none, "image/jpeg", "a.jpg")).toEqual({ kind: "image" });
    expect(await previewFile(none, "image/webp", "a.webp")).toEqual({ kind: "image" });
    expect(await previewFile(none, "video/mp4", "a.mp4")).toEqual({ kind: "video" });
    expect(await previewFile(none, "video/webm", "a.webm")).toEqual({ kind: "video" });
    expect(await previewFile(none, "application/pdf", "a.pdf")).toEqual({ kind: "pdf" });
    expect(await previewFile(none, "image/svg+xml", "a.svg")).toEqual({ kind: "download" });
    expect(await previewFile(none, "image/heic", "a.heic")).toEqual({ kind: "download" });
    expect(await previewFile(none, "application/zip", "a.zip")).toEqual({ kind: "download" });
    expect(await previewFile(none, "text/html", "a.html")).toEqual({ kind: "download" });
    expect(await previewFile({ buffer: Buffer.alloc(PREVIEW_MAX_BYTES + 1) }, XLSX_MIME, "huge.xlsx")).toEqual({ kind: "download" });
  });
});
