import { describe, expect, it } from "vitest";
import { deliverableIssues, evidenceFor, parseDeliverables, validateDeliverableValue } from "@/exam/deliverables";
import { runCheck } from "@/grading/checks";
import { demoTasks } from "@/server/seed/demo-bank";
import { CLEAN_ORDERS, demoDeliverables, demoMaterialKinds, DIRTY_ORDERS } from "@/server/seed/demo-bank/deliverables";
import { demoOrdersXlsx, demoPng } from "@/server/seed/seed-demo-materials";
import { probeFile } from "@/server/skill/probe";
import { DUTY_CODES, LEVEL_CODES, TRACK_CODES, weightsFor, type AreaCode } from "@/standard";

describe("demo deliverables and materials", () => {
  it("every demo task's deliverables are valid, with checks, and every duty of every level·track has one", () => {
    const covered = new Set<string>();
    for (const t of demoTasks) {
      const raw = demoDeliverables(t.duty);
      expect(deliverableIssues(raw), t.key).toEqual([]);
      const parsed = parseDeliverables(raw);
      expect(parsed.some((d) => d.checks.length > 0)).toBe(true);
      expect(demoMaterialKinds(t.duty).length).toBeGreaterThan(0);
      for (const track of t.tracks) covered.add(`${t.level}·${track}·${t.duty}`);
    }
    let cells = 0;
    for (const level of LEVEL_CODES)
      for (const track of TRACK_CODES)
        for (const duty of DUTY_CODES) {
          if (weightsFor("skill", level, track)[duty as AreaCode] <= 0) continue; // e.g. 五级跨境 duty 3
          cells += 1;
          expect(covered.has(`${level}·${track}·${duty}`), `${level}·${track}·${duty}`).toBe(true);
        }
    expect(cells).toBeGreaterThanOrEqual(20);
  });

  it("the generated photo is a real 640×480 PNG (and fails the 800×800 main-image check as it should)", async () => {
    const evidence = await probeFile({ buffer: demoPng(640, 480) }, "image/png", "商品原始照片.png");
    expect(evidence.image).toEqual({ format: "png", width: 640, height: 480 });
    const image = parseDeliverables(demoDeliverables("1")).find((d) => d.id === "main-image")!;
    expect(runCheck(image.checks[0]!, { files: [evidence] }).passed).toBe(false);
    const big = await probeFile({ buffer: demoPng(800, 800) }, "image/png", "主图.png");
    expect(runCheck(image.checks[0]!, { files: [big] }).passed).toBe(true);
  });

  it("the order sheet to clean reads back as the dirty table and fails the table check; the model answer passes", async () => {
    const evidence = await probeFile({ buffer: await demoOrdersXlsx() }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "订单数据.xlsx");
    expect(evidence.table?.columns).toEqual(DIRTY_ORDERS[0]);
    const sheet = parseDeliverables(demoDeliverables("6")).find((d) => d.id === "clean-sheet")!;
    const dirty = runCheck(sheet.checks[0]!, { files: [evidence] });
    expect(dirty.passed).toBe(false);
    expect(dirty.findings.map((f) => f.key)).toEqual(expect.arrayContaining(["checks.table.rowDuplicate", "checks.table.cellNumberAsText"]));
    const clean = runCheck(sheet.checks[0]!, { files: [{ name: "clean.xlsx", table: CLEAN_ORDERS }] });
    expect(clean.passed).toBe(true);
  });

  it("the listing task asks for a rich-text product description, counted and checked by its plain text", () => {
    const detail = parseDeliverables(demoDeliverables("1")).find((d) => d.id === "detail")!;
    expect(detail).toMatchObject({ kind: "text", rich: true, maxLength: 800 });
    const html = `<h3>产地</h3><p><strong>云南高山</strong>种植</p><ul><li><p>${"果".repeat(120)}</p></li></ul>`;
    const evidence = evidenceFor(detail, { text: html }, []);
    expect(evidence.text).not.toContain("<");
    expect(runCheck(detail.checks[0]!, evidence).passed).toBe(true);
    expect(runCheck(detail.checks[0]!, evidenceFor(detail, { text: "<p><strong>太短</strong></p>" }, [])).passed).toBe(false);
    expect(validateDeliverableValue(detail, { text: `<p>${"字".repeat(801)}</p>` }).ok).toBe(false);
  });
});
