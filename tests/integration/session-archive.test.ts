// The per-session archive of handed-in work (issue 14): read back with yauzl — every current file
// under its code and its ticket, answers too, the manifest's hashes match the bytes, replaced
// files are left out, and a stored file whose bytes no longer match its hash aborts the archive.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { sessionArchive, type ManifestEntry } from "@/server/skill/archive/session-archive";
import { blindCodeMapping } from "@/server/skill/examiner/blind-codes";
import { getStorage } from "@/server/storage";
import { prisma, resetDatabase } from "./helpers/db";
import { seedSkillWork, type SkillWork } from "./helpers/skill-work-fixture";

let w: SkillWork;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const zf = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z!))));
  const out = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zf.on("entry", (entry: yauzl.Entry) => {
      zf.openReadStream(entry, (e, s) => {
        if (e) return reject(e);
        collect(s!).then((b) => {
          out.set(entry.fileName, b);
          zf.readEntry();
        }, reject);
      });
    });
    zf.on("end", () => resolve());
    zf.on("error", reject);
    zf.readEntry();
  });
  return out;
}

beforeAll(async () => {
  await resetDatabase();
  w = await seedSkillWork({
    tag: "archive",
    candidates: [
      { name: "归档考生甲", title: "碎花连衣裙" },
      { name: "归档考生乙", title: "真丝衬衫 女 长袖" },
      { name: "归档考生丙", title: null },
    ],
  });
});

describe("session archive", () => {
  it("holds every current file by code and by ticket, with a manifest whose hashes match the bytes", async () => {
    const archive = await sessionArchive(w.session.id);
    expect(archive.fileName).toMatch(/^技能考核-archive-作品归档-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = await unzip(await collect(archive.stream));
    const manifest = JSON.parse(files.get("manifest.json")!.toString("utf8")) as { entries: ManifestEntry[] };
    const map = await blindCodeMapping(w.session.id);
    // Two candidates handed in: 2 answers + 2 current files each; the replaced draft is left out.
    expect(manifest.entries).toHaveLength(8);
    expect(manifest.entries.some((e) => e.originalName === "旧稿.txt")).toBe(false);
    expect([...files.keys()].filter((k) => k !== "manifest.json" && k !== "manifest.csv")).toHaveLength(16);
    for (const e of manifest.entries) {
      const byCode = files.get(e.byCode)!;
      const byTicket = files.get(e.byTicket)!;
      expect(byCode, e.byCode).toBeDefined();
      expect(sha(byCode)).toBe(e.sha256);
      expect(byCode.length).toBe(e.size);
      expect(byTicket.equals(byCode)).toBe(true);
      const who = map.find((m) => m.code === e.code)!;
      expect(e.byCode.startsWith(`by-code/${who.code}/01-商品发布/`)).toBe(true);
      expect(e.byTicket.startsWith(`by-ticket/${who.ticketNumber}/01-商品发布/`)).toBe(true);
      // The by-code tree never names the candidate.
      expect(e.byCode).not.toContain(who.name);
      expect(e.byCode).not.toContain(who.ticketNumber);
    }
    // The stored files are byte-exact.
    for (const p of w.people.filter((x) => x.files.length)) {
      const code = map.find((m) => m.name === p.name)!.code;
      for (const f of p.files) expect(files.get(`by-code/${code}/01-商品发布/files/${f.name}`)!.equals(f.bytes)).toBe(true);
      expect(files.get(`by-code/${code}/01-商品发布/title/title.txt`)!.toString("utf8")).toBe(p.name === "归档考生甲" ? "碎花连衣裙" : "真丝衬衫 女 长袖");
    }
    const info = JSON.parse(files.get(`by-code/${map.find((m) => m.name === "归档考生甲")!.code}/01-商品发布/info/info.json`)!.toString("utf8"));
    expect(info).toEqual({ values: { price: "99.5", stock: "10" } });
    // The CSV manifest opens in Excel (BOM) and lists the same hashes.
    const csv = files.get("manifest.csv")!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\ufeff考生编号,准考证号,试题,交付项,类型,原文件名,按编号路径,按准考证号路径,字节数,SHA-256");
    for (const e of manifest.entries) expect(text).toContain(e.sha256);
  });

  it("aborts instead of archiving a file whose stored bytes no longer match its hash", async () => {
    const f = w.people[0]!.files[1]!;
    const stored = await prisma.storedFile.findUniqueOrThrow({ where: { id: f.id } });
    await getStorage().put(stored.storageKey, Buffer.from("tampered bytes!"), { contentType: "text/csv" });
    await prisma.storedFile.update({ where: { id: f.id }, data: { size: 15 } });
    const archive = await sessionArchive(w.session.id);
    await expect(collect(archive.stream)).rejects.toThrow(/does not match its hash/);
  });

  it("is not found for an unknown session", async () => {
    await expect(sessionArchive("no-such-session")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
