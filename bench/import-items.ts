// Benchmark (not a test), issue 5: "A 5,000-item XLSX imports in under 30 s on this machine".
// Generates a real XLSX in the item template (buildItemWorkbook; real tags from the standard,
// unique stems), then on a fresh throwaway database measures
//   (a) read + parse + validate only (readTable + parseItemSheet), with a plain ExcelJS load of the
//       same file as the floor for the reading part,
//   (b) the full import through importItems (the use case behind POST /api/admin/items/import),
// and, in the same run, a baseline: a plain multi-row INSERT of the same rows into a scratch
// table with pg (1,000 rows per statement, one transaction).
//
// Run:   npx tsx bench/import-items.ts [--items 5000] [--parse-runs 3]
// DB:    DATABASE_URL (a local server; a throwaway database is created and dropped), else an
//        embedded PostgreSQL under .data/bench-pg.
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
import { elapsedMs, secs, summarize, table } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["items", "parse-runs"]);
const ITEMS = intFlag(flags, "items", 5000, { min: 10, max: 20000 });
const PARSE_RUNS = intFlag(flags, "parse-runs", 3, { min: 1, max: 10 });
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

async function main() {
  console.log(`# Item import benchmark: ${ITEMS} items, ${os.cpus().length} CPU cores, Node ${process.version}`);

  // 0. A fresh database; src/server modules read DATABASE_URL on first use, so set it before importing them.
  const db = await migratedThrowawayDatabase("bench_import");
  process.env.DATABASE_URL = db.url;
  const { buildItemWorkbook } = await import("../src/server/bank/item-sheet");
  const { parseItemSheet } = await import("../src/server/bank/item-sheet");
  const { readTable } = await import("../src/server/roster/roster-file");
  const { importItems } = await import("../src/server/bank/import-items");
  const { getPrisma } = await import("../src/server/db/client");
  onCleanup("prisma disconnect", () => getPrisma().$disconnect());
  console.log(`database: ${db.name} (throwaway, migrated)`);

  // 1. The file.
  let t = process.hrtime.bigint();
  const items = generateItems(ITEMS);
  const bytes = await buildItemWorkbook(items);
  const genMs = elapsedMs(t);
  const file = path.join(os.tmpdir(), `bench-items-${process.pid}.xlsx`);
  fs.writeFileSync(file, bytes);
  onCleanup("temp file", () => fs.rmSync(file, { force: true }));
  const fromDisk = new Uint8Array(fs.readFileSync(file));
  console.log(`file: ${file}, ${(fromDisk.byteLength / 1024).toFixed(0)} KiB, generated in ${secs(genMs)}`);

  // 2a. Read + parse + validate only (repeated; the first run is cold), and ExcelJS load alone.
  const parseTimes: number[] = [];
  const loadTimes: number[] = [];
  let parsedCount = 0;
  for (let run = 0; run < PARSE_RUNS; run++) {
    t = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(fromDisk) as unknown as ArrayBuffer);
    loadTimes.push(elapsedMs(t));

    t = process.hrtime.bigint();
    const tableData = await readTable(fromDisk, "bench-items.xlsx");
    const parsed = parseItemSheet(tableData);
    parseTimes.push(elapsedMs(t));
    if (parsed.problems.length > 0) throw new Error(`the generated file has problems: ${parsed.problems.slice(0, 5).map((p) => p.message).join("; ")}`);
    parsedCount = parsed.items.length;
  }
  if (parsedCount !== ITEMS) throw new Error(`parsed ${parsedCount} items, expected ${ITEMS}`);

  // 2b. Full import on the fresh database, as the route does it (an admin as actor).
  const prisma = getPrisma();
  const admin = await prisma.user.create({ data: { username: `bench-admin-${process.pid}`, displayName: "基准测试管理员", roles: ["ADMIN"] } });
  t = process.hrtime.bigint();
  const result = await importItems({ actorId: admin.id, fileName: "bench-items.xlsx", bytes: fromDisk, duplicates: "skip", now: new Date() });
  const importMs = elapsedMs(t);
  if (result.status !== "DONE" || result.imported !== ITEMS) {
    throw new Error(`import did not succeed: status ${result.status}, imported ${result.imported}, problems ${result.problems.length}, duplicates ${result.duplicates.length}`);
  }
  const stored = await prisma.itemVersion.count();

  // 3. Baseline: the same rows, plain multi-row INSERTs with pg into a scratch table.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  onCleanup("pg client", () => client.end());
  await client.query(`CREATE TABLE bench_items (id serial PRIMARY KEY, type text, stem text, options jsonb, answer text[], levels text[], tracks text[],
    tag_kind text, tag_level text, tag_code text, difficulty int, explanation text, labels text[], status text)`);
  const rows = items.map((i) => [
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
  t = process.hrtime.bigint();
  await client.query("BEGIN");
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const cols = chunk[0]!.length;
    const values = chunk.map((_, r) => `(${Array.from({ length: cols }, (_, c) => `$${r * cols + c + 1}`).join(",")})`).join(",");
    await client.query(
      `INSERT INTO bench_items (type, stem, options, answer, levels, tracks, tag_kind, tag_level, tag_code, difficulty, explanation, labels, status) VALUES ${values}`,
      chunk.flat(),
    );
  }
  await client.query("COMMIT");
  const baselineMs = elapsedMs(t);

  // Report.
  const parse = summarize(parseTimes);
  const load = summarize(loadTimes);
  const rate = (n: number, msec: number) => `${Math.round(n / (msec / 1000)).toLocaleString("en-US")} items/s`;
  console.log("");
  console.log(
    table(
      ["step", "time", "rate", "note"],
      [
        ["generate + write XLSX (buildItemWorkbook)", secs(genMs), rate(ITEMS, genMs), "setup, not part of the import"],
        [`ExcelJS load only (floor for reading), min of ${PARSE_RUNS}`, secs(load.count ? Math.min(...loadTimes) : NaN), rate(ITEMS, Math.min(...loadTimes)), `first run ${secs(loadTimes[0]!)}`],
        [`(a) readTable + parseItemSheet, min of ${PARSE_RUNS}`, secs(Math.min(...parseTimes)), rate(ITEMS, Math.min(...parseTimes)), `first run ${secs(parseTimes[0]!)}, median ${secs(parse.p50)}`],
        ["(b) importItems (parse, duplicates, write, audit)", secs(importMs), rate(ITEMS, importMs), `${stored} item versions stored`],
        ["baseline: pg multi-row INSERT of the same rows", secs(baselineMs), rate(ITEMS, baselineMs), "1,000 rows/statement, 1 transaction"],
      ],
    ),
  );
  console.log("");
  console.log(`full import vs target: ${secs(importMs)} for ${ITEMS} items (target < ${secs(TARGET_MS)} for 5,000): ${importMs < TARGET_MS ? "met" : "NOT met"}`);
  console.log(`full import / (parse + baseline insert): ${(importMs / (Math.min(...parseTimes) + baselineMs)).toFixed(2)}×`);
}

runMain(main);
