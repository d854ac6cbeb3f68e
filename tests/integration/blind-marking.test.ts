// Blind marking and the scoring page's data (issue 14): codes assigned and backfilled, nothing
// that names the candidate reaches an examiner before results are released, the work with its
// previews and checks, automatic criteria pre-scored, navigation and progress, and 404 for an
// examiner who is not on the panel (the sheet and the files).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getStorage } from "@/server/storage";
import { previewStored } from "@/server/skill/examiner/submitted-work";
import { openSubmittedFile } from "@/server/skill/examiner/file-access";
import { fileResponse } from "@/server/skill/examiner/file-response";
import { backfillBlindCodes, BLIND_CODE_PATTERN, blindCodeMapping } from "@/server/skill/examiner/blind-codes";
import { getBlindGrid, getBlindSheet } from "@/server/skill/examiner/blind-view";
import { saveCriterionScore, submitSheet } from "@/server/results/skill-panel";
import { sheetRefOf } from "@/server/results/http";
import { prisma, resetDatabase } from "./helpers/db";
import { seedSkillWork, type SkillWork } from "./helpers/skill-work-fixture";

let w: SkillWork;
const ex = (i: number) => ({ id: w.examiners[i]!.id, roles: ["EXAMINER" as const] });

async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  await resetDatabase();
  w = await seedSkillWork({
    tag: "blind",
    candidates: [
      { name: "盲评考生甲", title: "夏季新款碎花连衣裙 雪纺 显瘦" },
      { name: "盲评考生乙", title: "这是一个非常非常长的商品标题，超过了三十个字符的限制，应该不通过自动检查的规则" },
      { name: "盲评考生丙", title: null },
    ],
  });
});

describe("blind codes", () => {
  it("backfills codes for a published session without them: random, unique, not derived from the candidate", async () => {
    expect(await prisma.sessionCandidate.count({ where: { sessionId: w.session.id, blindCode: null } })).toBe(3);
    expect(await backfillBlindCodes()).toBe(1);
    const map = await blindCodeMapping(w.session.id);
    expect(map).toHaveLength(3);
    for (const m of map) {
      expect(m.code).toMatch(BLIND_CODE_PATTERN);
      const person = w.people.find((p) => p.name === m.name)!;
      expect(m.ticketNumber).toBe(person.ticketNumber);
      expect(person.ticketNumber).not.toContain(m.code.slice(2));
    }
    expect(new Set(map.map((m) => m.code)).size).toBe(3);
    // Idempotent: a second backfill changes nothing.
    expect(await backfillBlindCodes()).toBe(0);
    expect(await blindCodeMapping(w.session.id)).toEqual(map);
  });

  it("gives an examiner codes only: no name, ticket, id number or candidate id anywhere in the grid or a sheet", async () => {
    const grid = await getBlindGrid({ caller: ex(0), sessionId: w.session.id });
    const codes = grid.candidates.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    const sheet = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: codes[0]!, taskVersionId: w.versionId });
    const seen = JSON.stringify(grid) + JSON.stringify(sheet);
    for (const p of w.people) {
      for (const secret of [p.name, p.ticketNumber, p.idNumber, p.id, p.userId]) expect(seen).not.toContain(secret);
    }
    expect(sheet.candidate).toEqual({ code: codes[0], name: null, ticketNumber: null });
  });

  it("returns 404 to an examiner who is not on the panel: the sheet, the grid and the files", async () => {
    const outsider = { id: w.outsider.id, roles: ["EXAMINER" as const] };
    const code = (await blindCodeMapping(w.session.id))[0]!.code;
    await expect(getBlindGrid({ caller: outsider, sessionId: w.session.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getBlindSheet({ caller: outsider, sessionId: w.session.id, code, taskVersionId: w.versionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const file = w.people[0]!.files[0]!;
    await expect(openSubmittedFile({ caller: outsider, sessionId: w.session.id, fileId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const request = new Request("http://localhost/x");
    await expect(fileResponse({ caller: outsider, sessionId: w.session.id, fileId: file.id, request })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A file of this session asked for under another session id is not found either.
    await expect(openSubmittedFile({ caller: ex(0), sessionId: "another-session", fileId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An unknown code is not found (and a well-formed one that does not exist).
    await expect(getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: "A-0000", taskVersionId: w.versionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sheetRefOf(w.session.id, { code: "A-0000", taskVersionId: w.versionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("serves a panel member the file byte-exact, and a byte range", async () => {
    const file = w.people[0]!.files[0]!;
    const whole = await fileResponse({ caller: ex(1), sessionId: w.session.id, fileId: file.id, request: new Request("http://localhost/x") });
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await whole.arrayBuffer()).equals(file.bytes)).toBe(true);
    const part = await fileResponse({ caller: ex(1), sessionId: w.session.id, fileId: file.id, request: new Request("http://localhost/x", { headers: { range: "bytes=0-7" } }) });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-7/${file.bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(file.bytes.subarray(0, 8))).toBe(true);
    const opened = await openSubmittedFile({ caller: ex(2), sessionId: w.session.id, fileId: w.people[0]!.files[1]!.id });
    expect((await read(opened.stream)).equals(w.people[0]!.files[1]!.bytes)).toBe(true);
  });
});

describe("the scoring sheet", () => {
  it("shows the work beside the rubric: text, fields, image and table previews, checks as evidence; replaced files left out", async () => {
    const map = await blindCodeMapping(w.session.id);
    const code = map.find((m) => m.name === "盲评考生乙")!.code;
    const sheet = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code, taskVersionId: w.versionId });
    expect(sheet.work.status).toBe("submitted");
    const [title, info, files] = sheet.work.deliverables;
    expect(title).toMatchObject({ id: "title", kind: "text", text: expect.stringContaining("非常非常长") });
    expect(title!.checks).toHaveLength(1);
    expect(title!.checks[0]).toMatchObject({ kind: "text-length", passed: false, met: 0, total: 1 });
    expect(title!.checks[0]!.findings[0]).toMatchObject({ ok: false, key: "checks.textLength.overMax" });
    expect(info).toMatchObject({ kind: "fields", values: { price: "99.5", stock: "11" }, fieldLabels: [{ name: "price", label: "价格" }, { name: "stock", label: "库存" }] });
    expect(files!.files.map((f) => f.name)).toEqual([`${code}-主图与数据表-1.png`, `${code}-主图与数据表-2.csv`]);
    expect(files!.files[0]!.preview).toEqual({ kind: "image" });
    const table = files!.files[1]!.preview;
    expect(table.kind).toBe("table");
    if (table.kind === "table") expect(table.sheets[0]!.table.rows).toEqual([["商品", "价格"], ["连衣裙", "100"]]);
    // The automatic criterion c1 (title ≤ 30 characters, all-or-nothing) scores itself: 0 here.
    expect(sheet.auto).toEqual({ c1: { points: 0, met: 0, total: 1 } });
    const passed = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: map.find((m) => m.name === "盲评考生甲")!.code, taskVersionId: w.versionId });
    expect(passed.auto).toEqual({ c1: { points: 400, met: 1, total: 1 } });
    // A candidate who never started: no work, no automatic score.
    const none = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: map.find((m) => m.name === "盲评考生丙")!.code, taskVersionId: w.versionId });
    expect(none.work.status).toBe("none");
    expect(none.auto).toEqual({});
  });

  it("navigates by code without the list, and counts the panel's progress", async () => {
    const codes = (await getBlindGrid({ caller: ex(0), sessionId: w.session.id })).candidates.map((c) => c.code);
    const first = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: codes[0]!, taskVersionId: w.versionId });
    expect(first.nav).toMatchObject({ prev: null, next: codes[1], nextTask: null, position: 1, count: 3, nextTodo: { code: codes[1], taskVersionId: w.versionId } });
    const last = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: codes[2]!, taskVersionId: w.versionId });
    expect(last.nav).toMatchObject({ prev: codes[1], next: null, nextTodo: { code: codes[0] } });
    expect(first.progress).toEqual({ candidates: 3, mine: 0, sheets: 0, sheetsTotal: 9, final: 0, adjudication: 0 });

    // Scored through the code, as the page's requests do.
    const ref = await sheetRefOf(w.session.id, { code: codes[0], taskVersionId: w.versionId });
    let seq = 1;
    for (const [criterionId, points] of [["c1", 400], ["c2", 500], ["c3", 800]] as const) {
      await saveCriterionScore({ caller: ex(0), sessionId: w.session.id, ...ref, input: { criterionId, points, seq: seq++ } });
    }
    await submitSheet({ caller: ex(0), sessionId: w.session.id, ...ref });
    const after = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code: codes[1]!, taskVersionId: w.versionId });
    expect(after.progress).toMatchObject({ mine: 1, sheets: 1 });
    expect(after.nav.nextTodo).toEqual({ code: codes[2], taskVersionId: w.versionId });
  });

  it("never gives an examiner the original file name before release: page data and Content-Disposition; admins and after release keep it", async () => {
    const person = w.people.find((p) => p.name === "盲评考生甲")!;
    const file = person.files[0]!;
    const original = "盲评考生甲_主图.png";
    await prisma.storedFile.update({ where: { id: file.id }, data: { originalName: original } });
    const code = (await blindCodeMapping(w.session.id)).find((m) => m.name === "盲评考生甲")!.code;
    const sheet = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code, taskVersionId: w.versionId });
    const seen = JSON.stringify(sheet);
    expect(seen).not.toContain("盲评考生甲");
    expect(seen).not.toContain(encodeURIComponent("盲评考生甲"));
    expect(sheet.work.deliverables[2]!.files.map((f) => f.name)).toEqual([`${code}-主图与数据表-1.png`, `${code}-主图与数据表-2.csv`]);

    const request = () => new Request("http://localhost/x");
    const header = (await fileResponse({ caller: ex(1), sessionId: w.session.id, fileId: file.id, request: request() })).headers.get("content-disposition")!;
    expect(header).not.toContain(encodeURIComponent("盲评考生甲"));
    expect(header).toBe(`inline; filename="${code}-______-1.png"; filename*=UTF-8''${encodeURIComponent(`${code}-主图与数据表-1.png`)}`);
    const csv = (await fileResponse({ caller: ex(1), sessionId: w.session.id, fileId: person.files[1]!.id, request: request() })).headers.get("content-disposition")!;
    expect(csv).toContain(encodeURIComponent(`${code}-主图与数据表-2.csv`));

    const admin = { id: w.admin.id, roles: ["ADMIN" as const] };
    const forAdmin = (await fileResponse({ caller: admin, sessionId: w.session.id, fileId: file.id, request: request() })).headers.get("content-disposition")!;
    expect(forAdmin).toContain(encodeURIComponent(original));

    await prisma.examSession.update({ where: { id: w.session.id }, data: { resultsReleasedAt: new Date() } });
    try {
      const released = (await fileResponse({ caller: ex(1), sessionId: w.session.id, fileId: file.id, request: request() })).headers.get("content-disposition")!;
      expect(released).toContain(encodeURIComponent(original));
      const after = await getBlindSheet({ caller: ex(0), sessionId: w.session.id, code, taskVersionId: w.versionId });
      expect(after.work.deliverables[2]!.files[0]!.name).toBe(original);
    } finally {
      await prisma.examSession.update({ where: { id: w.session.id }, data: { resultsReleasedAt: null } });
      await prisma.storedFile.update({ where: { id: file.id }, data: { originalName: file.name } });
    }
  });

  it("shows names to examiners once the results are released", async () => {
    await prisma.examSession.update({ where: { id: w.session.id }, data: { resultsReleasedAt: new Date() } });
    const grid = await getBlindGrid({ caller: ex(0), sessionId: w.session.id });
    expect(grid.revealed).toBe(true);
    expect(grid.candidates.map((c) => c.name).sort()).toEqual(["盲评考生丙", "盲评考生乙", "盲评考生甲"].sort());
    await prisma.examSession.update({ where: { id: w.session.id }, data: { resultsReleasedAt: null } });
  });

  it("previews a stored XLSX as a table (the bytes are read for spreadsheets)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("商品").addRows([["商品", "价格"], ["真丝衬衫", 259]]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await getStorage().put("itest/blind/sheet.xlsx", bytes, { contentType: "application/zip" });
    const mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const preview = await previewStored({ storageKey: "itest/blind/sheet.xlsx", mime, originalName: "数据.xlsx", size: bytes.length });
    expect(preview.kind).toBe("table");
    if (preview.kind === "table") expect(preview.sheets[0]!.table.rows).toEqual([["商品", "价格"], ["真丝衬衫", "259"]]);
  });
});
