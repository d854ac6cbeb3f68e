// Setting an item's use: the import-level 用途 option (a real file), and the item list's bulk
// action, which keeps back items on the paper of an exam not yet held.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importItems } from "@/server/bank/import-items";
import { loadBank } from "@/server/bank/item-store";
import { setItemsUse } from "@/server/bank/set-items-use";
import { createPapers } from "@/server/papers/create-papers";
import { prisma, resetDatabase } from "./helpers/db";
import { seedBank } from "./helpers/practice-fixture";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-30T02:00:00Z");
const moodle = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/items/moodle-sample.xml")));

beforeEach(resetDatabase);

describe("the import's 用途 option", () => {
  it("applies to every imported item; without it items are secure", async () => {
    const admin = await createStaff("admin-use");
    const practice = await importItems({ actorId: admin.id, source: { fileName: "m.xml", bytes: moodle }, mode: "all-or-nothing", duplicates: "add", use: "practice", now: NOW });
    expect(practice.status).toBe("DONE");
    expect(practice.imported).toBeGreaterThan(0);
    const plain = await importItems({ actorId: admin.id, source: { fileName: "m.xml", bytes: moodle }, mode: "all-or-nothing", duplicates: "add", now: NOW });
    const uses = await prisma.item.groupBy({ by: ["use"], _count: { _all: true }, orderBy: { use: "asc" } });
    expect(uses.map((u) => [u.use, u._count._all])).toEqual([
      ["practice", practice.imported],
      ["secure", plain.imported],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "items.import", subject: practice.batchId } });
    expect(audit.details).toMatchObject({ use: "practice" });
  });
});

describe("the bulk action", () => {
  it("sets the use of every item of the filter, keeping back those on a pending paper", async () => {
    const admin = await createStaff("admin-bulk");
    await seedBank({ use: "secure", perCell: 20, seed: "批量", now: NOW });
    const paper = await createPapers({ name: "下周理论卷", level: "5", track: "online-merchant", seed: "bulk", actorId: admin.id, now: NOW });
    if (!paper.ok) throw new Error("assembly");
    const onPaper = await prisma.paperItem.count({ where: { paperId: paper.paperIds[0]! } });

    const r = await setItemsUse({ input: { filter: { area: "ethics" }, use: "both" }, actorId: admin.id, now: NOW });
    const ethics = await prisma.itemVersion.count({ where: { area: "ethics", currentOf: { isNot: null } } });
    const ethicsOnPaper = await prisma.paperItem.count({ where: { paperId: paper.paperIds[0]!, area: "ethics" } });
    expect(r.matched).toBe(ethics);
    expect(r.keptBack).toHaveLength(ethicsOnPaper);
    expect(r.keptBack.every((k) => k.paper === "下周理论卷")).toBe(true);
    expect(r.changed).toBe(ethics - ethicsOnPaper);
    expect(await prisma.item.count({ where: { use: "both" } })).toBe(ethics - ethicsOnPaper);
    expect((await loadBank({ purpose: "practice" })).length).toBe(ethics - ethicsOnPaper);

    // Back to secure is always allowed; the same again changes nothing.
    const back = await setItemsUse({ input: { filter: {}, use: "secure" }, actorId: admin.id, now: NOW });
    expect(back).toMatchObject({ changed: ethics - ethicsOnPaper, keptBack: [] });
    expect(await setItemsUse({ input: { filter: {}, use: "secure" }, actorId: admin.id, now: NOW })).toMatchObject({ changed: 0, unchanged: back.matched });
    expect(onPaper).toBe(90);
    await expect(setItemsUse({ input: { filter: {}, use: "sometimes" }, actorId: admin.id, now: NOW })).rejects.toThrow();
  });
});
