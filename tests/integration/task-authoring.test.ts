// Authoring a skill task (issue 14) on a real PostgreSQL and a real storage folder: deliverables
// with checks and automatic criteria saved and read back, refused with Chinese messages naming
// the deliverable / criterion and nothing written, a used version left untouched (v+1), material
// files checked by their content (not their name), stored byte-exact and removed again.
import fs from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addTaskMaterial } from "@/server/bank/add-task-material";
import { getTaskAuthoring } from "@/server/bank/get-task-authoring";
import { removeTaskMaterial } from "@/server/bank/remove-task-material";
import { saveTaskDeliverables } from "@/server/bank/save-task-deliverables";
import { authorizeFile } from "@/server/files/file-access";
import { getStorage } from "@/server/storage";
import { prisma, resetDatabase } from "./helpers/db";
import { pngBytes, sha256, zipBytes } from "./helpers/uploads";
import { createStaff } from "./helpers/users";

vi.hoisted(() => {
  // Before any module reads the environment: stored files go to a folder of this run.
  process.env.STORAGE_DIR = `${process.env.TMPDIR ?? "/tmp"}/task-authoring-files-${process.pid}-${Date.now()}`;
});
afterAll(() => fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true }));

let adminId: string;
beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("author-admin", ["ADMIN"])).id;
});

const RUBRIC = [
  { id: "c1", title: "标题规范", points: 10, descriptors: "≤ 60 字，无绝对化用语" },
  { id: "c2", title: "主图尺寸", points: 10, descriptors: "800×800 以上" },
];

const DELIVERABLES = [
  { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 60 }, { kind: "forbidden-words" }] },
  {
    id: "listing",
    title: "商品信息",
    instructions: "填写价格与库存",
    kind: "fields",
    fields: [
      { name: "price", label: "价格", type: "number", required: true, min: 0, max: 9999 },
      { name: "ship", label: "运费模板", type: "select", required: false, options: ["包邮", "按件"] },
    ],
    rows: { min: 1, max: 5 },
    checks: [{ kind: "fields", fields: [{ type: "rows", name: "rows", minRows: 1, columns: [{ type: "number", name: "price", min: 1 }] }] }],
  },
  { id: "main-image", title: "商品主图", kind: "files", accept: ["image/png", "image/jpeg"], maxBytes: 5 * 1024 * 1024, maxCount: 1, checks: [{ kind: "image", minWidth: 800, minHeight: 800 }] },
];

async function createTask(options: { used?: boolean } = {}) {
  const task = await prisma.task.create({ data: { status: "active" } });
  const v = await prisma.taskVersion.create({
    data: {
      taskId: task.id,
      version: 1,
      title: "农产品商品发布",
      level: "5",
      tracks: ["online-merchant"],
      duty: "1",
      skills: ["1.1.1"],
      instructions: "录入商品信息并上传主图。",
      materials: [],
      minutes: 30,
      points: 20,
      rubric: RUBRIC,
      deliverables: [],
      usedAt: options.used ? new Date() : null,
    },
  });
  await prisma.task.update({ where: { id: task.id }, data: { currentVersionId: v.id } });
  return { taskId: task.id, versionId: v.id };
}

const snapshot = async (taskId: string) => ({
  versions: await prisma.taskVersion.findMany({ where: { taskId }, orderBy: { version: "asc" }, include: { materialFiles: { orderBy: { position: "asc" } } } }),
  files: await prisma.storedFile.count(),
  task: await prisma.task.findUniqueOrThrow({ where: { id: taskId } }),
});

async function readStored(key: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of await getStorage().get(key)) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts);
}

function storedKeys(taskId: string): string[] {
  const dir = `${process.env.STORAGE_DIR}/materials/${taskId}`;
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

const now = () => new Date();

describe("deliverables and automatic criteria", () => {
  it("saves deliverables with checks and an automatic criterion, and reads them back as written", async () => {
    const { taskId, versionId } = await createTask();
    const auto = { c1: { deliverableId: "title", checkIndex: 1, rule: "all-or-nothing" }, c2: { deliverableId: "main-image", checkIndex: 0, rule: "proportional" } };
    const r = await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES, auto, actorId: adminId, now: now() });
    expect(r).toMatchObject({ versionId, version: 1, newVersion: false });
    const back = await getTaskAuthoring({ taskId });
    expect(back.deliverables).toEqual(DELIVERABLES);
    expect(back.rubric).toEqual([
      { id: "c1", title: "标题规范", points: 10, auto: auto.c1 },
      { id: "c2", title: "主图尺寸", points: 10, auto: auto.c2 },
    ]);
    // The rubric keeps its descriptors; unsetting one link keeps the other.
    await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES, auto: { c2: null }, actorId: adminId, now: now() });
    const row = await prisma.taskVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(row.rubric).toEqual([{ ...RUBRIC[0], auto: auto.c1 }, RUBRIC[1]]);
  });

  it("refuses invalid deliverables with Chinese messages naming the deliverable and setting, writing nothing", async () => {
    const { taskId } = await createTask();
    await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES.slice(0, 1), actorId: adminId, now: now() });
    const before = await snapshot(taskId);
    const bad = [
      DELIVERABLES[0],
      { ...DELIVERABLES[2], id: "title", checks: [{ kind: "text-length", max: 5 }] },
      { ...DELIVERABLES[0], id: "subtitle", title: "副标题", maxLength: 0 },
      { ...DELIVERABLES[2], id: "detail", maxCount: 0 },
    ];
    const error = await saveTaskDeliverables({ taskId, deliverables: bad, actorId: adminId, now: now() }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).toBe("VALIDATION");
    expect(error!.message.split("\n")).toEqual([
      "交付物 2「商品主图」 › 编号：「title」与交付物 1 重复",
      "交付物 2「商品主图」 › 自动检查 1：文件交付物不能用这种检查",
      "交付物 3「副标题」 › 字数上限：字数上限至少为 1",
      "交付物 4「商品主图」 › 文件数上限：文件数至少为 1",
    ]);
    expect(await snapshot(taskId)).toEqual(before);
  });

  it("reports per-deliverable and whole-set problems in one round (empty title with a duplicate id and rows min > max)", async () => {
    const { taskId } = await createTask();
    const before = await snapshot(taskId);
    const bad = [DELIVERABLES[1], { ...DELIVERABLES[1], title: "", rows: { min: 6, max: 2 } }];
    await expect(saveTaskDeliverables({ taskId, deliverables: bad, actorId: adminId, now: now() })).rejects.toMatchObject({
      code: "VALIDATION",
      message: ["交付物 2 › 标题：标题不能为空", "交付物 2 › 编号：「listing」与交付物 1 重复", "交付物 2 › 行数：下限 6 大于上限 2"].join("\n"),
    });
    expect(await snapshot(taskId)).toEqual(before);
  });

  it("refuses an automatic criterion linked to a check that does not exist, naming the criterion, writing nothing", async () => {
    const { taskId } = await createTask();
    const before = await snapshot(taskId);
    const cases: Array<[unknown, string]> = [
      [{ c2: { deliverableId: "main-image", checkIndex: 3, rule: "all-or-nothing" } }, "评分细则 2「主图尺寸」 › 自动评分：交付物「商品主图」没有第 4 项自动检查"],
      [{ c1: { deliverableId: "nope", checkIndex: 0, rule: "all-or-nothing" } }, "评分细则 1「标题规范」 › 自动评分：没有编号为「nope」的交付物"],
      [{ c1: { deliverableId: "", checkIndex: -1, rule: "all-or-nothing" } }, "评分细则 1「标题规范」 › 自动评分：请选择依据的交付物与检查"],
      [{ c9: { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" } }, "自动评分：评分细则中没有编号为「c9」的评分项"],
    ];
    for (const [auto, message] of cases) {
      await expect(saveTaskDeliverables({ taskId, deliverables: DELIVERABLES, auto, actorId: adminId, now: now() })).rejects.toMatchObject({ code: "VALIDATION", message });
    }
    expect(await snapshot(taskId)).toEqual(before);
  });

  it("refuses removing a check that an automatic criterion still uses", async () => {
    const { taskId } = await createTask();
    await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES, auto: { c2: { deliverableId: "main-image", checkIndex: 0, rule: "all-or-nothing" } }, actorId: adminId, now: now() });
    const before = await snapshot(taskId);
    const withoutImageCheck = DELIVERABLES.map((d) => (d.id === "main-image" ? { ...d, checks: [] } : d));
    await expect(saveTaskDeliverables({ taskId, deliverables: withoutImageCheck, actorId: adminId, now: now() })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "评分细则 2「主图尺寸」 › 自动评分：交付物「商品主图」没有第 1 项自动检查",
    });
    expect(await snapshot(taskId)).toEqual(before);
  });

  it("a used version stays untouched: the save becomes v+1 carrying materials; the next save edits v+1 in place", async () => {
    const { taskId, versionId } = await createTask();
    await addTaskMaterial({ taskId, name: "原图.png", body: pngBytes(64), actorId: adminId, now: now() });
    await prisma.taskVersion.update({ where: { id: versionId }, data: { usedAt: now() } });
    const before = await prisma.taskVersion.findUniqueOrThrow({ where: { id: versionId }, include: { materialFiles: true } });

    const r = await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES, auto: { c1: { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" } }, actorId: adminId, now: now() });
    expect(r).toMatchObject({ version: 2, newVersion: true });
    expect(r.versionId).not.toBe(versionId);
    const old = await prisma.taskVersion.findUniqueOrThrow({ where: { id: versionId }, include: { materialFiles: true } });
    expect(old).toEqual(before);
    const next = await prisma.taskVersion.findUniqueOrThrow({ where: { id: r.versionId }, include: { materialFiles: true } });
    expect(next).toMatchObject({ version: 2, title: old.title, instructions: old.instructions, deliverables: DELIVERABLES, usedAt: null, createdById: adminId });
    expect(next.materialFiles.map((m) => [m.position, m.fileId, m.title])).toEqual(old.materialFiles.map((m) => [m.position, m.fileId, m.title]));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).currentVersionId).toBe(r.versionId);

    const again = await saveTaskDeliverables({ taskId, deliverables: DELIVERABLES.slice(0, 2), actorId: adminId, now: now() });
    expect(again).toMatchObject({ versionId: r.versionId, version: 2, newVersion: false });
    expect(await prisma.taskVersion.count({ where: { taskId } })).toBe(2);
  });

  it("two authors saving a used version at once make one new version, not two", async () => {
    const { taskId } = await createTask({ used: true });
    const results = await Promise.all([
      saveTaskDeliverables({ taskId, deliverables: DELIVERABLES.slice(0, 1), actorId: adminId, now: now() }),
      addTaskMaterial({ taskId, name: "a.png", body: pngBytes(40), actorId: adminId, now: now() }),
    ]);
    expect(results.map((r) => r.version)).toEqual([2, 2]);
    expect(results.filter((r) => r.newVersion)).toHaveLength(1);
    expect(await prisma.taskVersion.count({ where: { taskId } })).toBe(2);
    const v2 = await prisma.taskVersion.findFirstOrThrow({ where: { taskId, version: 2 }, include: { materialFiles: true } });
    expect(v2.deliverables).toEqual(DELIVERABLES.slice(0, 1));
    expect(v2.materialFiles).toHaveLength(1);
  });

  it("unknown task: NOT_FOUND", async () => {
    await expect(saveTaskDeliverables({ taskId: "no-such-task", deliverables: [], actorId: adminId, now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("materials", () => {
  it("stores a material byte-exact with the type detected from the content, lists it, and an admin may read it", async () => {
    const { taskId, versionId } = await createTask();
    const png = pngBytes(300);
    const r = await addTaskMaterial({ taskId, name: "商品原图.png", body: png, actorId: adminId, now: now() });
    expect(r).toMatchObject({ versionId, newVersion: false, position: 0, mime: "image/png", size: png.length, sha256: sha256(png) });
    const file = await prisma.storedFile.findUniqueOrThrow({ where: { id: r.fileId } });
    expect(file).toMatchObject({ mime: "image/png", size: png.length, sha256: sha256(png), originalName: "商品原图.png", ownerId: adminId });
    expect((await readStored(file.storageKey)).equals(png)).toBe(true);

    // Streamed bodies too (the route passes the request's stream); a ZIP named .csv is a ZIP.
    const zip = zipBytes("orders.csv", 70_000);
    const z = await addTaskMaterial({ taskId, name: "订单.csv", title: "订单压缩包", body: Readable.from([zip.subarray(0, 1000), zip.subarray(1000)]), actorId: adminId, now: now() });
    expect(z).toMatchObject({ position: 1, mime: "application/zip", sha256: sha256(zip) });
    expect((await readStored((await prisma.storedFile.findUniqueOrThrow({ where: { id: z.fileId } })).storageKey)).equals(zip)).toBe(true);

    const csv = Buffer.from("\ufeff日期,访客数\r\n2026-11-01,320\r\n");
    const c = await addTaskMaterial({ taskId, name: "店铺数据.csv", body: csv, actorId: adminId, now: now() });
    expect(c.mime).toBe("text/csv");

    const listed = await getTaskAuthoring({ taskId });
    expect(listed.materials).toEqual([
      { position: 0, title: "商品原图", fileId: r.fileId, name: "商品原图.png", size: png.length, mime: "image/png" },
      { position: 1, title: "订单压缩包", fileId: z.fileId, name: "订单.csv", size: zip.length, mime: "application/zip" },
      { position: 2, title: "店铺数据", fileId: c.fileId, name: "店铺数据.csv", size: csv.length, mime: "text/csv" },
    ]);
    expect((await authorizeFile({ id: adminId, roles: ["ADMIN"], candidateId: null }, r.fileId)).id).toBe(r.fileId);
    await expect(authorizeFile({ id: "someone", roles: ["EXAMINER"], candidateId: null }, r.fileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a file whose content is not an allowed type, naming the file, and writes nothing", async () => {
    const { taskId } = await createTask();
    const before = await snapshot(taskId);
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90), Buffer.from("PE\0\0")]);
    const cases: Array<[string, Buffer, RegExp]> = [
      ["主图.png", exe, /^材料「主图\.png」的内容是.+，材料只能是 DOCX、XLSX、CSV、图片、视频、PDF 或 ZIP 文件/],
      ["说明.txt", Buffer.from("只是一段文字"), /^材料「说明\.txt」的内容是纯文本，材料只能是/],
      ["空.pdf", Buffer.alloc(0), /^材料「空\.pdf」是空文件$/],
    ];
    for (const [name, body, message] of cases) {
      const error = await addTaskMaterial({ taskId, name, body, actorId: adminId, now: now() }).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code, name).toBe("VALIDATION");
      expect(error?.message, name).toMatch(message);
    }
    expect(await snapshot(taskId)).toEqual(before);
    expect(storedKeys(taskId)).toEqual([]);
  });

  it("unknown task: NOT_FOUND before the body is read; a name is required", async () => {
    let read = false;
    const body = new Readable({
      read() {
        read = true;
        this.push(null);
      },
    });
    await expect(addTaskMaterial({ taskId: "no-such-task", name: "a.png", body, actorId: adminId, now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(read).toBe(false);
    const { taskId } = await createTask();
    await expect(addTaskMaterial({ taskId, name: " / ", body: pngBytes(10), actorId: adminId, now: now() })).rejects.toMatchObject({ code: "VALIDATION", message: "材料文件缺少文件名" });
  });

  it("on a used version, adding and removing materials go to v+1; the used version keeps its materials and files", async () => {
    const { taskId, versionId } = await createTask();
    const first = await addTaskMaterial({ taskId, name: "a.png", body: pngBytes(40), actorId: adminId, now: now() });
    await prisma.taskVersion.update({ where: { id: versionId }, data: { usedAt: now() } });

    const second = await addTaskMaterial({ taskId, name: "b.png", body: pngBytes(50), actorId: adminId, now: now() });
    expect(second).toMatchObject({ version: 2, newVersion: true, position: 1 });
    const old = await prisma.taskMaterial.findMany({ where: { taskVersionId: versionId } });
    expect(old.map((m) => m.fileId)).toEqual([first.fileId]);
    const v2 = await prisma.taskMaterial.findMany({ where: { taskVersionId: second.versionId }, orderBy: { position: "asc" } });
    expect(v2.map((m) => m.fileId)).toEqual([first.fileId, second.fileId]);

    // v2 is used too; removing the first material forks v3 and keeps the file (v1, v2 still use it).
    await prisma.taskVersion.update({ where: { id: second.versionId }, data: { usedAt: now() } });
    const removed = await removeTaskMaterial({ taskId, position: 0, actorId: adminId, now: now() });
    expect(removed).toMatchObject({ version: 3, newVersion: true });
    expect((await prisma.taskMaterial.findMany({ where: { taskVersionId: removed.versionId } })).map((m) => m.fileId)).toEqual([second.fileId]);
    expect(await prisma.taskMaterial.count({ where: { taskVersionId: second.versionId } })).toBe(2);
    const kept = await prisma.storedFile.findUniqueOrThrow({ where: { id: first.fileId } });
    expect((await readStored(kept.storageKey)).length).toBeGreaterThan(0);
  });

  it("removing a material nothing else uses deletes its file; an unknown position is NOT_FOUND", async () => {
    const { taskId, versionId } = await createTask();
    const m = await addTaskMaterial({ taskId, name: "a.png", body: pngBytes(40), actorId: adminId, now: now() });
    const key = (await prisma.storedFile.findUniqueOrThrow({ where: { id: m.fileId } })).storageKey;
    await expect(removeTaskMaterial({ taskId, position: 7, actorId: adminId, now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const r = await removeTaskMaterial({ taskId, position: 0, actorId: adminId, now: now() });
    expect(r).toMatchObject({ versionId, newVersion: false });
    expect(await prisma.taskMaterial.count({ where: { taskVersionId: versionId } })).toBe(0);
    expect(await prisma.storedFile.findUnique({ where: { id: m.fileId } })).toBeNull();
    expect(await getStorage().stat(key)).toBeNull();
  });
});
