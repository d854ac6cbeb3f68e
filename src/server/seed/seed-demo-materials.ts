// Material files of the demo skill tasks, generated at seed time and stored through FileStorage
// (docs/storage.md): small real files a candidate can open — a PNG product photo, the order sheet
// to clean as XLSX and CSV, a data sheet, the task's brief as text.
import { createHash, randomUUID } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import type { Prisma } from "@prisma/client";
import ExcelJS from "exceljs";
import { getStorage } from "../storage";
import { demoMaterialKinds, DIRTY_ORDERS, XLSX_MIME } from "./demo-bank/deliverables";

/** A real RGB PNG of width × height: a soft gradient with a centred square "product". */
export function demoPng(width: number, height: number): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0;
    for (let x = 0; x < width; x++) {
      const inside = Math.abs(x - width / 2) < width / 5 && Math.abs(y - height / 2) < height / 5;
      const o = y * row + 1 + x * 3;
      raw[o] = inside ? 230 : 200 + Math.floor((55 * x) / width);
      raw[o + 1] = inside ? 160 : 210;
      raw[o + 2] = inside ? 40 : 200 + Math.floor((55 * y) / height);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** The order sheet to clean (DIRTY_ORDERS) as an XLSX workbook. */
export async function demoOrdersXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  for (const r of DIRTY_ORDERS) ws.addRow(r.map((c) => c ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (rows: unknown[][]) => `\ufeff${rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))).join(",")).join("\r\n")}\r\n`;

type Material = { title: string; name: string; mime: string; bytes: Buffer };

async function materialsFor(task: { title: string; duty: string; instructions: string }): Promise<Material[]> {
  const out: Material[] = [];
  for (const kind of demoMaterialKinds(task.duty)) {
    if (kind === "photo") out.push({ title: "商品原始照片", name: "商品原始照片.png", mime: "image/png", bytes: demoPng(640, 480) });
    if (kind === "orders-xlsx") out.push({ title: "待清洗的订单表（Excel）", name: "订单数据.xlsx", mime: XLSX_MIME, bytes: await demoOrdersXlsx() });
    if (kind === "orders-csv") out.push({ title: "待清洗的订单表（CSV）", name: "订单数据.csv", mime: "text/csv", bytes: Buffer.from(csv(DIRTY_ORDERS)) });
    if (kind === "data-csv")
      out.push({ title: "店铺数据", name: "店铺数据.csv", mime: "text/csv", bytes: Buffer.from(csv([["日期", "访客数", "支付金额"], ["2026-11-01", 320, 1580.5], ["2026-11-02", 298, 1422], ["2026-11-03", 351, 1766.8]])) });
    if (kind === "brief") out.push({ title: "任务说明", name: "任务说明.txt", mime: "text/plain", bytes: Buffer.from(`【示例题目】${task.title}\r\n\r\n${task.instructions}\r\n`) });
  }
  return out;
}

/** Stores the generated materials of one demo task version and links them in order (TaskMaterial). */
export async function seedDemoMaterials(tx: Prisma.TransactionClient, versionId: string, task: { title: string; duty: string; instructions: string }, ownerId: string): Promise<number> {
  const materials = await materialsFor(task);
  for (const [position, m] of materials.entries()) {
    const storageKey = `materials/${versionId}/${randomUUID()}`;
    const { size, sha256 } = await getStorage().put(storageKey, m.bytes, { contentType: m.mime });
    if (sha256 !== createHash("sha256").update(m.bytes).digest("hex")) throw new Error(`demo material ${m.name}: stored bytes differ`);
    const file = await tx.storedFile.create({ data: { storageKey, sha256, size, mime: m.mime, originalName: m.name, ownerId } });
    await tx.taskMaterial.create({ data: { taskVersionId: versionId, position, fileId: file.id, title: m.title } });
  }
  return materials.length;
}
