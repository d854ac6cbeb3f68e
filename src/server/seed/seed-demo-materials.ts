// Material files of the demo skill tasks, generated at seed time and stored through FileStorage
// (docs/storage.md): small real files a candidate can open — a PNG product photo, the order sheet
// to clean as XLSX and CSV, a data sheet, the task's brief as text.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import ExcelJS from "exceljs";
import { encodeRgbPng } from "../media/png-encode";
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
  return encodeRgbPng(width, height, raw);
}

/** The order sheet to clean (DIRTY_ORDERS) as an XLSX workbook. */
export async function demoOrdersXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  for (const r of DIRTY_ORDERS) ws.addRow(r.map((c) => c ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (rows: unknown[][]) => `\ufeff${rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))).join(",")).join("\r\n")}\r\n`;

type Material = { title: string; name: string; mime: string; bytes: () => Promise<Buffer> | Buffer };
type Kind = ReturnType<typeof demoMaterialKinds>[number];

const MATERIALS: Record<Kind, Material> = {
  photo: { title: "商品原始照片", name: "商品原始照片.png", mime: "image/png", bytes: () => demoPng(640, 480) },
  "orders-xlsx": { title: "待清洗的订单表（Excel）", name: "订单数据.xlsx", mime: XLSX_MIME, bytes: demoOrdersXlsx },
  "orders-csv": { title: "待清洗的订单表（CSV）", name: "订单数据.csv", mime: "text/csv", bytes: () => Buffer.from(csv(DIRTY_ORDERS)) },
  "data-csv": {
    title: "店铺数据",
    name: "店铺数据.csv",
    mime: "text/csv",
    bytes: () => Buffer.from(csv([["日期", "访客数", "支付金额"], ["2026-11-01", 320, 1580.5], ["2026-11-02", 298, 1422], ["2026-11-03", 351, 1766.8]])),
  },
};

/**
 * Stores the generated materials of the demo task versions and links them in order
 * (TaskMaterial). Each kind of material is stored once and shared by every version that uses it
 * (a StoredFile may be the material of several versions), so seeding stays quick.
 */
export function demoMaterialSeeder(tx: Prisma.TransactionClient, ownerId: string) {
  const stored = new Map<Kind, string>();
  async function fileOf(kind: Kind): Promise<string> {
    const known = stored.get(kind);
    if (known) return known;
    const m = MATERIALS[kind];
    const bytes = await m.bytes();
    const storageKey = `materials/demo/${kind}-${randomUUID()}`;
    const { size, sha256 } = await getStorage().put(storageKey, bytes, { contentType: m.mime });
    if (sha256 !== createHash("sha256").update(bytes).digest("hex")) throw new Error(`demo material ${m.name}: stored bytes differ`);
    const file = await tx.storedFile.create({ data: { storageKey, sha256, size, mime: m.mime, originalName: m.name, ownerId } });
    stored.set(kind, file.id);
    return file.id;
  }
  return async (versionId: string, duty: string): Promise<number> => {
    const kinds = demoMaterialKinds(duty);
    for (const [position, kind] of kinds.entries()) await tx.taskMaterial.create({ data: { taskVersionId: versionId, position, fileId: await fileOf(kind), title: MATERIALS[kind].title } });
    return kinds.length;
  };
}
