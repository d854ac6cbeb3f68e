// Candidate photos from a real ZIP: matched by ID number or ticket number, checked by content,
// problems per file (bad file, unmatched name, duplicate), all-or-nothing or valid-only, replaced
// on re-import, cropped to 5:7 on request, and served only to those who may see them.
import JSZip from "jszip";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getPhoto } from "@/server/photos/get-photo";
import { importPhotos } from "@/server/photos/import-photos";
import { prisma, resetDatabase } from "./helpers/db";
import { makeCandidate, theorySession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

const jpeg = (w: number, h: number, r = 200) => sharp({ create: { width: w, height: h, channels: 3, background: { r, g: 120, b: 80 } } }).jpeg().toBuffer();
const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png().toBuffer();

async function zip(files: Record<string, Buffer | string>, o: { gbkNames?: boolean } = {}): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return new Uint8Array(
    await z.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      // What Windows' own zip does on a Chinese system: GBK names without the UTF-8 flag.
      // (JSZip accepts bytes from encodeFileName; its typings say string.)
      ...(o.gbkNames ? { encodeFileName: ((s: string) => new Uint8Array([0xd5, 0xd5, 0xc6, 0xac, 0x2f, ...Buffer.from(s.slice(3))])) as unknown as (s: string) => string } : {}),
    }),
  );
}

let adminId: string;
let a: Awaited<ReturnType<typeof makeCandidate>>;
let b: Awaited<ReturnType<typeof makeCandidate>>;
let c: Awaited<ReturnType<typeof makeCandidate>>;
const now = new Date();
const run = (bytes: Uint8Array, mode: "all-or-nothing" | "valid-only", crop = false) => importPhotos({ actorId: adminId, fileName: "photos.zip", bytes, input: { mode, crop }, now });

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("photo-admin")).id;
  a = await makeCandidate("照片甲", { idNumber: "11010520060101001X", ticketNumber: "20265100001" });
  b = await makeCandidate("照片乙", { idNumber: "110105200601010028", ticketNumber: "20265100002" });
  c = await makeCandidate("照片丙", { idNumber: "110105200601010036", ticketNumber: "20265100003" });
});

describe("photo import", () => {
  it("reports every file's problem — bad file, unmatched name, duplicate — and writes nothing (all or nothing)", async () => {
    const bytes = await zip({
      "11010520060101001x.jpg": await jpeg(300, 420), // ID number, lower-case x: matches 照片甲
      "20265100002.png": await png(350, 490), // ticket number: 照片乙
      "110105200601010036.jpg": Buffer.from("this is not an image"), // bad file
      "99999999999.jpg": await jpeg(300, 420), // unmatched name
      "sub/20265100003.jpg": await jpeg(300, 420), // 照片丙 by ticket …
      "110105200601010036.png": await png(300, 420), // … and by ID number: duplicate
      "tiny/20265100001.jpeg": await jpeg(40, 60), // too small, and a second file for 照片甲
      "__MACOSX/._x.jpg": "resource fork",
    });
    const r = await run(bytes, "all-or-nothing");
    expect(r.status).toBe("FAILED");
    expect(r.imported).toBe(0);
    const by = Object.fromEntries(r.rows.map((x) => [x.file, x.problem]));
    expect(by["20265100002.png"]).toBeNull();
    expect(by["110105200601010036.jpg"]).toContain("不是 JPEG 或 PNG 图片");
    expect(by["99999999999.jpg"]).toBe("文件名“99999999999.jpg”不是任何考生的身份证号或准考证号");
    expect(by["sub/20265100003.jpg"]).toContain("重复：与 110105200601010036.jpg、110105200601010036.png 是同一考生（照片丙）");
    expect(by["tiny/20265100001.jpeg"]).toContain("图片太小（40×60 像素）");
    expect(by["11010520060101001x.jpg"]).toContain("重复");
    expect(r.notices).toEqual(["已忽略系统文件：__MACOSX/._x.jpg"]);
    expect(await prisma.candidatePhoto.count()).toBe(0);
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: r.batchId } });
    expect(batch).toMatchObject({ kind: "photos", status: "FAILED", total: 7, processed: 7 });
  });

  it("valid only: writes the valid photos and lists the skipped; re-import replaces; content decides the type", async () => {
    const first = await zip({ "11010520060101001X.jpg": await jpeg(300, 420, 10), "20265100002.jpg": await png(350, 490), "nobody.jpg": await jpeg(300, 420) });
    const r = await run(first, "valid-only");
    expect(r).toMatchObject({ status: "DONE", imported: 2, skipped: 1 });
    const stored = await prisma.candidatePhoto.findUniqueOrThrow({ where: { candidateId: b.id } });
    expect(stored).toMatchObject({ mime: "image/png", width: 350, height: 490, cropped: false });
    const before = await prisma.candidatePhoto.findUniqueOrThrow({ where: { candidateId: a.id }, select: { sha256: true } });
    await run(await zip({ "20265100001.jpg": await jpeg(320, 448, 250) }), "all-or-nothing");
    const after = await prisma.candidatePhoto.findUniqueOrThrow({ where: { candidateId: a.id }, select: { sha256: true, width: true } });
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.width).toBe(320);
    expect(await prisma.candidatePhoto.count()).toBe(2);
  });

  it("crops to the 2-inch ratio 5:7 (centred), at most 413 × 579, on request; reads GBK folder names", async () => {
    const r = await run(await zip({ "照片/110105200601010036.jpg": await jpeg(1200, 1200) }, { gbkNames: true }), "all-or-nothing", true);
    expect(r.rows[0]).toMatchObject({ file: "照片/110105200601010036.jpg", problem: null, candidate: { name: "照片丙" } });
    const p = await prisma.candidatePhoto.findUniqueOrThrow({ where: { candidateId: c.id } });
    expect(p).toMatchObject({ mime: "image/jpeg", width: 413, height: 579, cropped: true });
    const meta = await sharp(p.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([413, 579]);
  });

  it("refuses what is not a ZIP, and an empty archive", async () => {
    await expect(run(new Uint8Array(Buffer.from("not a zip")), "all-or-nothing")).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("不是 ZIP") });
    await expect(run(await zip({ "__MACOSX/.DS_Store": "x" }), "all-or-nothing")).rejects.toMatchObject({ message: "压缩包中没有照片文件" });
  });

  it("serves a photo to admins, the candidate, and the proctors of the candidate's session only", async () => {
    const proctor = await createStaff("photo-proctor", ["PROCTOR"]);
    const otherProctor = await createStaff("other-proctor", ["PROCTOR"]);
    const examiner = await createStaff("photo-examiner", ["EXAMINER"]);
    const s = await theorySession({ name: "有照片的场次", startsAt: now, released: false, scores: { [a.id]: null }, createdById: adminId });
    await prisma.sessionStaff.create({ data: { sessionId: s.id, userId: proctor.id, role: "PROCTOR" } });
    const as = (id: string, roles: Array<"ADMIN" | "PROCTOR" | "EXAMINER" | "CANDIDATE">, candidateId: string | null = null) => ({ id, roles, candidateId });
    expect((await getPhoto({ caller: as(adminId, ["ADMIN"]), candidateId: a.id })).mime).toBe("image/jpeg");
    expect((await getPhoto({ caller: as(a.userId, ["CANDIDATE"], a.id), candidateId: a.id })).bytes.byteLength).toBeGreaterThan(100);
    expect((await getPhoto({ caller: as(proctor.id, ["PROCTOR"]), candidateId: a.id })).sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const caller of [as(otherProctor.id, ["PROCTOR"]), as(examiner.id, ["EXAMINER"]), as(b.userId, ["CANDIDATE"], b.id)]) {
      await expect(getPhoto({ caller, candidateId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
