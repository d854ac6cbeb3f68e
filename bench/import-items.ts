// Benchmark (not a test), issues 5 and 13: importing 5,000 items from an XLSX file, a Word (.docx)
// file in the common Chinese layout and a Moodle XML file, all through the one import path
// (parse → validated rows → one writer). For each format it generates a real file (real tags from
// the standard, unique stems; every 50th item of the Word and Moodle files shows an image), then on
// a fresh throwaway database measures
//   (a) parse + validate only (parseImport), with a plain ExcelJS load of the XLSX as the floor for
//       reading it,
//   (b) the full import through importItems (the use case behind POST /api/admin/items/import),
// and, in the same run, a baseline: a plain multi-row INSERT of the same rows into a scratch table
// with pg (1,000 rows per statement, one transaction). The floor of a format is (a) + that INSERT;
// the ratio (b) / floor is printed (issue 15: at most 2).
//
// Run:   npx tsx bench/import-items.ts [--items 5000] [--parse-runs 3] [--formats xlsx,docx,moodle]
// DB:    DATABASE_URL (a local server; a throwaway database is created and dropped), else an
//        embedded PostgreSQL under .data/bench-pg.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import type { ItemTag } from "../src/exam/types";
import { defaultScope, type ItemInput } from "../src/server/bank/item-input";
import { applicableContents, standard } from "../src/standard";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { onCleanup, runMain } from "./lib/cleanup";
import { migratedThrowawayDatabase } from "./lib/db";
import { elapsedMs, secs, table } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["items", "parse-runs", "formats"]);
const ITEMS = intFlag(flags, "items", 5000, { min: 10, max: 20000 });
const PARSE_RUNS = intFlag(flags, "parse-runs", 3, { min: 1, max: 10 });
const FORMATS = String(flags.get("formats") ?? "xlsx,docx,moodle").split(",") as Array<"xlsx" | "docx" | "moodle">;
const IMAGE_EVERY = 50;
const TARGET_MS = 30_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same file. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateItems(n: number): ItemInput[] {
  const rand = rng(20260526);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Real tags: every knowledge code of both levels and tracks, the ethics tag, basics 2.2.x.
  const knowledge = new Map<string, ItemTag>();
  for (const level of ["5", "4"] as const)
    for (const track of ["online-merchant", "cross-border"] as const)
      for (const c of applicableContents(level, track))
        for (const k of c.knowledge) knowledge.set(`${c.level}-${k.code}`, { kind: "knowledge", level: c.level, code: k.code });
  const knowledgeTags = [...knowledge.values()];
  const basicsTags: ItemTag[] = standard.basics.map((b) => ({ kind: "basics", code: b.code }));
  const optionWords = ["平台规则", "店铺运营", "商品发布", "客户服务", "物流配送", "支付结算", "数据分析", "营销推广", "跨境报关", "售后处理"];
  const items: ItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const tag: ItemTag = r < 0.05 ? { kind: "ethics" } : r < 0.3 ? pick(basicsTags) : pick(knowledgeTags);
    const { levels, tracks } = defaultScope(tag);
    const t = rand();
    const type = t < 0.25 ? "true-false" : t < 0.75 ? "single" : "multiple";
    const stem = `第 ${i + 1} 题：关于${pick(optionWords)}的下列说法中，${type === "true-false" ? "该表述是否正确？" : type === "single" ? "哪一项是正确的？" : "哪些是正确的？"}（编号 ${i + 1}）`;
    const options =
      type === "true-false"
        ? [
            { key: "A" as const, text: "对" },
            { key: "B" as const, text: "错" },
          ]
        : (["A", "B", "C", "D"] as const).map((key, j) => ({ key, text: `${pick(optionWords)}的要点 ${i + 1}-${j + 1}` }));
    const answer: ItemInput["answer"] = type === "true-false" ? [rand() < 0.5 ? "A" : "B"] : type === "single" ? [pick(["A", "B", "C", "D"] as const)] : ["A", "C"];
    items.push({
      type,
      stem,
      options,
      answer,
      levels,
      tracks,
      tag,
      difficulty: 1 + Math.floor(rand() * 5),
      explanation: `解析：第 ${i + 1} 题依据标准相应条目。`,
      points: null,
      labels: i % 10 === 0 ? ["基准测试"] : [],
      status: "active",
    });
  }
  return items;
}

/** The items as a Word file in the common Chinese layout (type headings, numbered stems, options, 答案, 解析, 知识点代码). */
async function toDocx(items: ItemInput[], images: Buffer[]): Promise<Uint8Array> {
  const { Document, ImageRun, Packer, Paragraph, TextRun } = await import("docx");
  const { tagToCode } = await import("../src/server/bank/item-input");
  const names = { "true-false": "判断题", single: "单项选择题", multiple: "多项选择题" } as const;
  const children: InstanceType<typeof Paragraph>[] = [];
  for (const [h, type] of (["single", "multiple", "true-false"] as const).entries()) {
    children.push(new Paragraph(`${"一二三"[h]}、${names[type]}`));
    items.forEach((item, i) => {
      if (item.type !== type) return;
      const image = i % IMAGE_EVERY === 0 ? images[(i / IMAGE_EVERY) % images.length]! : null;
      children.push(new Paragraph({ children: [new TextRun(`${i + 1}. ${item.stem}`), ...(image ? [new ImageRun({ type: "png", data: image, transformation: { width: 40, height: 30 } })] : [])] }));
      if (type !== "true-false") children.push(new Paragraph(item.options.map((o) => `${o.key}. ${o.text}`).join("    ")));
      children.push(new Paragraph(`答案：${type === "true-false" ? (item.answer[0] === "A" ? "对" : "错") : item.answer.join("")}`));
      children.push(new Paragraph(`解析：${item.explanation}`));
      children.push(new Paragraph(`知识点代码：${tagToCode(item.tag)}`));
    });
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function main() {
  console.log(`# Item import benchmark: ${ITEMS} items per format (${FORMATS.join(", ")}), ${os.cpus().length} CPU cores, Node ${process.version}`);

  // 0. A fresh database; src/server modules read DATABASE_URL on first use, so set it before importing them.
  const db = await migratedThrowawayDatabase("bench_import");
  process.env.DATABASE_URL = db.url;
  const { buildItemWorkbook } = await import("../src/server/bank/item-sheet");
  const { buildMoodleXml } = await import("../src/server/bank/moodle-xml");
  const { parseImport } = await import("../src/server/bank/formats/parse-import");
  const { importItems } = await import("../src/server/bank/import-items");
  const { getPrisma } = await import("../src/server/db/client");
  const { png } = await import("../tests/fixtures/imports/make-files");
  onCleanup("prisma disconnect", () => getPrisma().$disconnect());
  console.log(`database: ${db.name} (throwaway, migrated)`);
  const prisma = getPrisma();
  const admin = await prisma.user.create({ data: { username: `bench-admin-${process.pid}`, displayName: "基准测试管理员", roles: ["ADMIN"] } });
  const items = generateItems(ITEMS);
  const images = Array.from({ length: 20 }, (_, i) => png(40 + i, 30, [i * 10, 100, 200 - i * 5]));

  const rows: string[][] = [];
  const rate = (n: number, msec: number) => `${Math.round(n / (msec / 1000)).toLocaleString("en-US")} items/s`;
  const summary: Record<string, number> = {};
  const parseMin: Record<string, number> = {};
  for (const format of FORMATS) {
    // 1. The file, written to disk and read back.
    let t = process.hrtime.bigint();
    const withImages = (list: ItemInput[]) => list.map((item, i) => (i % IMAGE_EVERY === 0 && format === "moodle" ? { ...item, stem: `${item.stem}[[image:${sha(images[(i / IMAGE_EVERY) % images.length]!)}]]` } : item));
    const media = new Map(images.map((b) => [sha(b), { mime: "image/png", data: new Uint8Array(b) }]));
    const bytes = format === "xlsx" ? await buildItemWorkbook(items) : format === "docx" ? await toDocx(items, images) : new TextEncoder().encode(buildMoodleXml(withImages(items), media));
    const genMs = elapsedMs(t);
    const ext = format === "moodle" ? "xml" : format;
    const file = path.join(os.tmpdir(), `bench-items-${process.pid}.${ext}`);
    fs.writeFileSync(file, bytes);
    onCleanup(`temp ${ext}`, () => fs.rmSync(file, { force: true }));
    const fromDisk = new Uint8Array(fs.readFileSync(file));
    console.log(`${format}: ${(fromDisk.byteLength / 1024).toFixed(0)} KiB, generated in ${secs(genMs)}`);
    rows.push([`${format}: generate + write the file`, secs(genMs), rate(ITEMS, genMs), `setup, ${(fromDisk.byteLength / 1024).toFixed(0)} KiB`]);

    // 2a. Parse + validate only (repeated; the first run is cold); for XLSX also the ExcelJS load alone.
    const parseTimes: number[] = [];
    const loadTimes: number[] = [];
    for (let run = 0; run < PARSE_RUNS; run++) {
      if (format === "xlsx") {
        t = process.hrtime.bigint();
        await new ExcelJS.Workbook().xlsx.load(Buffer.from(fromDisk) as unknown as ArrayBuffer);
        loadTimes.push(elapsedMs(t));
      }
      t = process.hrtime.bigint();
      const parsed = await parseImport({ fileName: `bench.${ext}`, bytes: fromDisk });
      parseTimes.push(elapsedMs(t));
      if (parsed.problems.length > 0) throw new Error(`${format}: the generated file has problems: ${parsed.problems.slice(0, 5).map((p) => p.message).join("; ")}`);
      if (parsed.items.length !== ITEMS) throw new Error(`${format}: parsed ${parsed.items.length} items, expected ${ITEMS}`);
    }
    if (loadTimes.length) rows.push([`xlsx: ExcelJS load only (floor for reading), min of ${PARSE_RUNS}`, secs(Math.min(...loadTimes)), rate(ITEMS, Math.min(...loadTimes)), `first run ${secs(loadTimes[0]!)}`]);
    parseMin[format] = Math.min(...parseTimes);
    rows.push([`${format}: (a) parseImport (read, parse, validate), min of ${PARSE_RUNS}`, secs(Math.min(...parseTimes)), rate(ITEMS, Math.min(...parseTimes)), `first run ${secs(parseTimes[0]!)}`]);

    // 2b. Full import on an empty bank, as the route does it.
    await prisma.$executeRawUnsafe(`TRUNCATE "Item", "ItemVersion", "ItemVersionMedia", "ItemMedia", "ImportBatch" CASCADE`);
    t = process.hrtime.bigint();
    const result = await importItems({ actorId: admin.id, source: { fileName: `bench.${ext}`, bytes: fromDisk }, mode: "all-or-nothing", duplicates: "skip", now: new Date() });
    const importMs = elapsedMs(t);
    if (result.status !== "DONE" || result.imported !== ITEMS) throw new Error(`${format}: import did not succeed: ${result.status}, imported ${result.imported}, problems ${result.problems.length}`);
    const stored = await prisma.itemVersion.count();
    const storedMedia = await prisma.itemMedia.count();
    rows.push([`**${format}: (b) importItems, full**`, `**${secs(importMs)}**`, `**${rate(ITEMS, importMs)}**`, `${stored} versions, ${storedMedia} images stored`]);
    summary[format] = importMs;
  }

  // 3. Baseline: the same rows, plain multi-row INSERTs with pg into a scratch table.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  onCleanup("pg client", () => client.end());
  await client.query(`CREATE TABLE bench_items (id serial PRIMARY KEY, type text, stem text, options jsonb, answer text[], levels text[], tracks text[],
    tag_kind text, tag_level text, tag_code text, difficulty int, explanation text, labels text[], status text)`);
  const values = items.map((i) => [
    i.type,
    i.stem,
    JSON.stringify(i.options),
    i.answer,
    i.levels,
    i.tracks,
    i.tag?.kind ?? null,
    i.tag?.kind === "knowledge" ? i.tag.level : null,
    i.tag?.kind === "knowledge" || i.tag?.kind === "basics" ? i.tag.code : null,
    i.difficulty,
    i.explanation,
    i.labels,
    i.status,
  ]);
  const t = process.hrtime.bigint();
  await client.query("BEGIN");
  for (let start = 0; start < values.length; start += 1000) {
    const chunk = values.slice(start, start + 1000);
    const cols = chunk[0]!.length;
    const placeholders = chunk.map((_, r) => `(${Array.from({ length: cols }, (_, c) => `$${r * cols + c + 1}`).join(",")})`).join(",");
    await client.query(`INSERT INTO bench_items (type, stem, options, answer, levels, tracks, tag_kind, tag_level, tag_code, difficulty, explanation, labels, status) VALUES ${placeholders}`, chunk.flat());
  }
  await client.query("COMMIT");
  const baselineMs = elapsedMs(t);
  rows.push(["baseline: pg multi-row INSERT of the same rows", secs(baselineMs), rate(ITEMS, baselineMs), "1,000 rows/statement, 1 transaction"]);

  console.log("");
  console.log(table(["step", "time", "rate", "note"], rows));
  console.log("");
  for (const [format, msec] of Object.entries(summary)) {
    const floor = parseMin[format]! + baselineMs;
    const ratio = msec / floor;
    console.log(`${format}: full import ${secs(msec)} for ${ITEMS} items (target < ${secs(TARGET_MS)} for 5,000): ${msec < TARGET_MS ? "met" : "NOT met"}; ${(msec / baselineMs).toFixed(1)}× the plain INSERT`);
    console.log(`${format}: **floor (parse + plain INSERT) ${secs(floor)}; full import / floor = ${ratio.toFixed(2)}** (goal ≤ 2: ${ratio <= 2 ? "met" : "NOT met"})`);
  }
}

function sha(b: Buffer): string {
  return createHash("sha256").update(b).digest("hex");
}

runMain(main);
