// The analysis command: real CSV bytes in, JSON out; bad files refused with every problem named by
// row and column, in Chinese and English. One test runs the real `npm run -s analyze` process.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAnalyze } from "@/server/analytics/run-analyze";

const root = path.resolve(import.meta.dirname, "../../..");
const enc = (s: string) => new TextEncoder().encode(s);
const run = (args: string[], files: Record<string, Uint8Array>) =>
  runAnalyze(args, async (p) => {
    const f = files[p];
    if (!f) throw new Error("ENOENT");
    return f;
  });

// Krippendorff (2011) example C: 12 units (rows) × 4 observers, empty = missing.
const KRIPPENDORFF_C = `unit,A,B,C,D
1,1,1,,1
2,2,2,3,2
3,3,3,3,3
4,3,3,3,3
5,2,2,2,2
6,1,2,3,4
7,4,4,4,4
8,1,1,2,1
9,2,2,2,2
10,,5,5,5
11,,,1,1
12,,,3,
`;

describe("npm run -s analyze -- items", () => {
  it("prints item and test figures as JSON (hand-checked 3 × 2 case)", async () => {
    // Q1 marks 1, 0, 1 (facility 2/3); Q2 constant 1: its correlation is undefined, with the reason.
    const r = await run(["items", "m.csv"], { "m.csv": enc("\uFEFFid,Q1,Q2\na,1,1\nb,0,1\nc,1,1\n") });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe("items");
    expect(out.attempts).toBe(3);
    expect(out.items.map((i: { item: string }) => i.item)).toEqual(["Q1", "Q2"]);
    expect(out.items[0].facility).toEqual({ value: 0.666667, reason: null });
    expect(out.items[1].discriminationIndex).toEqual({ value: null, reason: "constant-item" });
    expect(out.items[1].flags).toEqual(["too-easy"]);
    expect(out.test.mean).toEqual({ value: 1.666667, reason: null });
    expect(out.test.maxTotal).toBe(2);
    expect(out.test.histogram).toHaveLength(10);
    expect(out.test.histogram[5]).toEqual({ fromPercent: 50, toPercent: 59.99, count: 1 });
    expect(out.meanings.flags["possible-wrong-key"]).toContain("疑似答案错误");
    expect(out.meanings.reasons["constant-item"]).toContain("得分相同");
  });

  it("reads tab-separated and GB18030 files, and takes --pass", async () => {
    const gbk = new Uint8Array([...enc("id\t"), 0xcc, 0xe2, 0x31, ...enc("\na\t1\nb\t0.5\n")]); // "题1" in GB18030
    const r = await run(["items", "g.tsv", "--pass", "75"], { "g.tsv": gbk });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.items[0].item).toBe("题1");
    expect([out.test.passPercent, out.test.passed]).toEqual([75, 1]);
  });

  it("refuses a bad file, naming every problem by row and column in Chinese and English", async () => {
    const r = await run(["items", "bad.csv"], { "bad.csv": enc("id,Q1,Q2\nr1,abc,2\n,1,\nr1,0.5\nr4,1,1,9\n") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("第 2 行第 2 列（Q1）：“abc”不是 0 到 1 之间的数");
    expect(r.stderr).toContain('row 2, column 2 (Q1): "abc" is not a number from 0 to 1');
    expect(r.stderr).toContain("第 2 行第 3 列（Q2）：“2”不是 0 到 1 之间的数");
    expect(r.stderr).toContain("第 3 行第 1 列：编号为空");
    expect(r.stderr).toContain("第 3 行第 3 列（Q2）：得分为空（未作答请填 0）");
    expect(r.stderr).toContain("第 4 行第 1 列：编号“r1”与第 2 行重复");
    expect(r.stderr).toContain("第 5 行第 4 列：超出表头的列");
  });

  it("lists the first 50 problems and counts the rest", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `a${i},x`).join("\n");
    const r = await run(["items", "many.csv"], { "many.csv": enc(`id,Q1\n${rows}\n`) });
    expect(r.stderr.split("\n").filter((l) => l.startsWith("- ")).length).toBe(51);
    expect(r.stderr).toContain("……另有 10 个问题 / … and 10 more problems");
  });

  it("refuses a header with a repeated or empty item name, an empty file and a file without attempts", async () => {
    expect((await run(["items", "h.csv"], { "h.csv": enc("id,Q1,Q1,,Q3\n") })).stderr).toMatch(/第 1 行第 3 列：表头“Q1”与第 2 列重复[\s\S]*第 1 行第 4 列：表头为空/);
    expect((await run(["items", "e.csv"], { "e.csv": enc("\n\n") })).stderr).toContain("文件为空 / The file is empty");
    expect((await run(["items", "o.csv"], { "o.csv": enc("id,Q1\n") })).stderr).toContain("表头之后没有作答行");
    expect((await run(["items", "q.csv"], { "q.csv": enc('id,Q1\n"a,1\n') })).stderr).toContain("引号没有闭合");
    expect((await run(["items", "p.csv", "--pass", "x"], { "p.csv": enc("id,Q1\na,1\n") })).stderr).toContain("--pass 须为正数");
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect((await run(["items", "m.xlsx"], { "m.xlsx": xlsx })).stderr).toContain("请在 Excel 中另存为 CSV");
  });

  it("prints the usage for a wrong command and names a file it cannot read", async () => {
    const usage = await run(["nope"], {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("npm run -s analyze -- items <marks.csv>");
    const missing = await run(["raters", "none.csv"], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("无法读取文件 none.csv / cannot read none.csv");
  });
});

describe("npm run -s analyze -- raters", () => {
  it("reproduces Krippendorff's example C with empty cells as missing ratings", async () => {
    const r = await run(["raters", "k.csv", "--max", "5"], { "k.csv": enc(KRIPPENDORFF_C) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.raters).toEqual(["A", "B", "C", "D"]);
    expect([out.targets, out.ratings]).toEqual([12, 41]);
    expect(Math.round(out.krippendorff.nominal.value * 1e4) / 1e4).toBe(0.7434);
    expect(Math.round(out.krippendorff.interval.value * 1e4) / 1e4).toBe(0.8491);
    // Only units 2–9 are complete: ICC uses those 8 and says how many it left out.
    expect([out.icc.completeTargets, out.icc.droppedTargets]).toEqual([8, 4]);
    expect(out.severity).toMatchObject({ scaleMax: 5, scaleMaxFrom: "--max", threshold: 0.25 });
    expect(out.severity.raters[0]).not.toHaveProperty("adjudicatedShare");
  });

  it("refuses a rating that is not a number", async () => {
    const r = await run(["raters", "r.csv"], { "r.csv": enc("t,甲,乙\nx,8,八\n") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("第 2 行第 3 列（乙）：“八”不是数字（未评分请留空）");
  });
});

describe("the real command", () => {
  it("npm run -s analyze prints JSON on stdout and exits 0; a bad file exits 1 with the problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "analyze-"));
    try {
      const good = path.join(dir, "k.csv");
      fs.writeFileSync(good, KRIPPENDORFF_C);
      const ok = spawnSync("npm", ["run", "-s", "analyze", "--", "raters", good], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(ok.status).toBe(0);
      expect(JSON.parse(ok.stdout).kind).toBe("raters");
      const bad = path.join(dir, "b.csv");
      fs.writeFileSync(bad, "id,Q1\na,2\n");
      const no = spawnSync("npm", ["run", "-s", "analyze", "--", "items", bad], { cwd: root, encoding: "utf8" });
      expect(no.status).toBe(1);
      expect(no.stdout).toBe("");
      expect(no.stderr).toContain("第 2 行第 2 列（Q1）：“2”不是 0 到 1 之间的数");
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  }, 60_000);
});
