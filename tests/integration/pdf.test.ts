// Server-made PDFs (docs/pdf.md): admission tickets and transcripts of a real session, written to
// a file and read back with pdf-lib (pages, size) and, where poppler's pdftotext is installed,
// their text.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitAttempt } from "@/server/exam/submit-attempt";
import { formatShanghai } from "@/server/format";
import { buildAdmissionTickets, type PdfFile } from "@/server/pdf/build-admission-tickets";
import { buildTranscripts } from "@/server/pdf/build-transcripts";
import { embedFonts, fontPackageDir } from "@/server/pdf/fonts";
import { wrapText } from "@/server/pdf/layout";
import { maskIdNumber } from "@/server/roster/id-number";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const HAS_PDFTOTEXT = !spawnSync("pdftotext", ["-v"]).error;
const now = new Date("2025-06-20T02:00:00Z");
let dir: string;
let sessionId: string;
let session: { name: string; startsAt: Date; minutes: number };
let roomName: string;
const people: Array<{ id: string; name: string; idNumber: string; ticketNumber: string }> = [];

beforeAll(async () => {
  await resetDatabase();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdf-test-"));
  const adminId = (await createStaff("pdf-admin")).id;
  const paperId = await seedBankAndPaper(adminId, new Date());
  const proctorId = (await makeProctor("pdf-proctor")).id;
  for (const name of ["张三丰", "李四", "欧阳娜娜"]) people.push(await createCandidate(name));
  const made = await publishedSession({ paperId, candidateIds: people.map((c) => c.id), proctorIds: [proctorId] });
  sessionId = made.session.id;
  session = made.session;
  roomName = (await prisma.room.findFirstOrThrow({ where: { id: made.sessionRoom.roomId }, select: { name: true } })).name;
  // Candidate 0 answers every item correctly (100 points), candidate 1 none (0); candidate 2 is absent.
  for (const [i, c] of people.slice(0, 2).entries()) {
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId });
    let seq = 0;
    if (i === 0) for (const p of made.paperItems) await saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: p.itemVersionId, response: p.itemVersion.answer, seq: ++seq } });
    await submitAttempt({ attemptId, candidateId: c.id });
  }
}, 180_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Writes the PDF, reads it back, checks header, A4 pages and count; returns its text (or null without pdftotext). */
async function readBack(file: PdfFile, name: string, pages: number): Promise<string | null> {
  const target = path.join(dir, name);
  await fs.writeFile(target, file.body);
  const bytes = await fs.readFile(target);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.byteLength).toBeGreaterThan(1000);
  expect(bytes.byteLength).toBeLessThan(2_000_000); // subset fonts: not the 10 MB TTFs
  const doc = await PDFDocument.load(bytes);
  expect(doc.getPageCount()).toBe(pages);
  expect(file.pages).toBe(pages);
  for (const page of doc.getPages()) {
    expect(page.getWidth()).toBeCloseTo(595.28, 1);
    expect(page.getHeight()).toBeCloseTo(841.89, 1);
  }
  if (!HAS_PDFTOTEXT) return null;
  const out = spawnSync("pdftotext", ["-enc", "UTF-8", target, "-"], { encoding: "utf8" });
  expect(out.status).toBe(0);
  // pdftotext may break or space lines differently from the layout: compare without whitespace.
  return out.stdout.replace(/\s+/g, "");
}

const squash = (s: string) => s.replace(/\s+/g, "");

describe("admission tickets PDF", () => {
  it("has one A4 page per candidate with name, ticket number, session, room, seat and Shanghai time", async () => {
    const file = await buildAdmissionTickets({ sessionId, locale: "zh-CN", now });
    expect(file.fileName).toBe(`准考证-${session.name}.pdf`);
    const text = await readBack(file, "tickets.pdf", people.length);
    if (text !== null) {
      expect(text).toContain("准考证");
      for (const [i, p] of people.entries()) {
        expect(text).toContain(p.name);
        expect(text).toContain(p.ticketNumber);
        expect(text).toContain(maskIdNumber(p.idNumber));
        expect(text).toContain(`座位号${i + 1}`);
      }
      expect(text).not.toContain(people[0]!.idNumber);
      expect(text).toContain(squash(session.name));
      expect(text).toContain(squash(roomName));
      expect(text).toContain(squash(formatShanghai(session.startsAt, "zh-CN")));
      expect(text).toContain(squash(formatShanghai(new Date(session.startsAt.getTime() + session.minutes * 60_000), "zh-CN")));
      expect(text).toContain("五级/初级工·网商");
    }
  });

  it("prints one candidate with ?candidateId=, in English for an English caller, and refuses unknown ids", async () => {
    const file = await buildAdmissionTickets({ sessionId, candidateId: people[1]!.id, locale: "en", now });
    expect(file.fileName).toBe(`admission-tickets-${session.name}.pdf`);
    const text = await readBack(file, "ticket-one.pdf", 1);
    if (text !== null) {
      expect(text).toContain("Admissionticket");
      expect(text).toContain(people[1]!.name);
      expect(text).not.toContain(people[0]!.name);
    }
    await expect(buildAdmissionTickets({ sessionId, candidateId: "no-such-candidate", locale: "zh-CN", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildAdmissionTickets({ sessionId: "no-such-id", locale: "zh-CN", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("transcripts PDF", () => {
  it("has one A4 page per candidate with masked ID, level, track, session, areas, totals, passes and the display rule", async () => {
    const file = await buildTranscripts({ sessionId, locale: "zh-CN", now });
    expect(file.fileName).toBe(`成绩单-${session.name}.pdf`);
    const text = await readBack(file, "transcripts.pdf", people.length);
    if (text !== null) {
      expect(text).toContain("成绩单");
      for (const p of people) {
        expect(text).toContain(p.name);
        expect(text).toContain(maskIdNumber(p.idNumber));
        expect(text).toContain(p.ticketNumber);
      }
      expect(text).not.toContain(people[0]!.idNumber);
      expect(text).toContain("级别五级/初级工");
      expect(text).toContain("工种网商");
      expect(text).toContain(squash(session.name));
      expect(text).toContain("职业道德");
      expect(text).toContain("基础知识");
      expect(text).toContain("理论知识考试成绩：100.0分（合格）");
      expect(text).toContain("理论知识考试成绩：0.0分（不合格）");
      expect(text).toContain("暂无成绩"); // the absent candidate's theory, and everyone's skill
      expect(text).toContain("总评：不合格");
      expect(text).toContain("总评：成绩不全");
      expect(text).toContain("成绩以小数点后两位精确计算，显示保留一位小数（截断）");
    }
  });

  it("prints one candidate with ?candidateId= and refuses unknown ids", async () => {
    const file = await buildTranscripts({ sessionId, candidateId: people[0]!.id, locale: "zh-CN", now });
    const text = await readBack(file, "transcript-one.pdf", 1);
    if (text !== null) {
      expect(text).toContain(people[0]!.name);
      expect(text).not.toContain(people[1]!.name);
    }
    await expect(buildTranscripts({ sessionId, candidateId: "no-such-candidate", locale: "zh-CN", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildTranscripts({ sessionId: "no-such-id", locale: "zh-CN", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("PDF layout helpers", () => {
  it("finds the font package and wraps CJK and Latin text within the width", async () => {
    expect(fontPackageDir()).toContain(path.join("@expo-google-fonts", "noto-sans-sc"));
    const doc = await PDFDocument.create();
    const { regular } = await embedFonts(doc);
    const text = "考生须知：请携带本准考证和身份证件，于开考前 30 分钟到达考场，按座位号就座。Bring this ticket and your ID card.";
    const lines = wrapText(text, regular, 11, 120);
    expect(lines.length).toBeGreaterThan(3);
    // A closing punctuation mark may hang past the width (禁则), never more than one character.
    for (const l of lines) expect(regular.widthOfTextAtSize(l, 11)).toBeLessThanOrEqual(120 + 11);
    expect(squash(lines.join(""))).toBe(squash(text));
    expect(lines.some((l) => l.startsWith("，") || l.startsWith("。"))).toBe(false);
    expect(lines.join("\n")).toMatch(/\bticket\b/);
    expect(wrapText("一\n二", regular, 11, 500)).toEqual(["一", "二"]);
  });

  it("embeds subset fonts whose glyphs all have outlines (the loca fix in fonts.ts)", async () => {
    const doc = await PDFDocument.create();
    const { regular, bold } = await embedFonts(doc);
    const page = doc.addPage();
    page.drawText("电子商务师职业技能等级认定准考证Admissionticket", { x: 20, y: 700, size: 12, font: regular });
    page.drawText("成绩以小数点后两位精确计算", { x: 20, y: 680, size: 12, font: bold });
    const loaded = await PDFDocument.load(await doc.save());
    const files = loaded.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.has(PDFName.of("FontFile2")))
      .map((descriptor) => loaded.context.lookup(descriptor.get(PDFName.of("FontFile2"))))
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream);
    expect(files).toHaveLength(2);
    for (const file of files) {
      const font = fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
      expect(font.numGlyphs).toBeGreaterThan(10);
      // Glyph 0 is .notdef; every drawn character has an outline.
      for (let gid = 1; gid < font.numGlyphs; gid++) expect(font.getGlyph(gid).path.toSVG().length, `glyph ${gid}`).toBeGreaterThan(0);
    }
  });
});
