// The per-session archive of the handed-in work (issue 14, "Exports and archive"): one ZIP with
// every candidate's current files and saved answers, twice — under the anonymous code (for blind
// re-marking) and under the ticket number (for the school's records and appeals) — and a manifest
// (CSV and JSON) listing each entry with its size and SHA-256. Streamed: files are read from
// storage one at a time (yazl's lazy streams), each one hashed on the way and checked against the
// hash verified when it was stored; a mismatch aborts the download instead of archiving damaged
// bytes. Admin only (the route checks the role).
import { createHash } from "node:crypto";
import { PassThrough, Transform } from "node:stream";
import { ZipFile } from "yazl";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";
import { getStorage } from "../../storage";
import { ensureBlindCodes } from "../examiner/blind-codes";

type PlanDuty = { tasks: Array<{ versionId: string; title: string }> };

/** One file in the archive (stored once per tree: by-code/… and by-ticket/…). */
export type ManifestEntry = {
  code: string;
  ticketNumber: string;
  task: string;
  deliverableId: string;
  /** "file" (a handed-in file) or "answer" (a text or form answer, as saved). */
  source: "file" | "answer";
  originalName: string;
  byCode: string;
  byTicket: string;
  size: number;
  sha256: string;
};

type Item = ManifestEntry & { storageKey: string | null; bytes: Buffer | null; mtime: Date };

/** Characters that are unsafe in a ZIP path segment on common systems become "_". */
export function safeSegment(s: string): string {
  const cleaned = s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^\.+/, "_").trim();
  return (cleaned || "_").slice(0, 80);
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? "'" : "") + s.replace(/"/g, '""')}"` : s;
}

/** The archive's entries (without bytes of files), in code order; NOT_FOUND for a non-skill session. */
export async function archiveItems(sessionId: string): Promise<{ sessionName: string; items: Item[] }> {
  const prisma = getPrisma();
  const session = await prisma.examSession.findUnique({ where: { id: sessionId }, select: { name: true, mode: true, status: true, skillPlanId: true } });
  if (!session || session.mode !== "skill" || session.status === "draft" || !session.skillPlanId) throw new AppError("NOT_FOUND");
  await ensureBlindCodes(sessionId);
  const plan = await prisma.skillPlan.findUniqueOrThrow({ where: { id: session.skillPlanId }, select: { duties: true } });
  const tasks = (plan.duties as unknown as PlanDuty[]).flatMap((d) => d.tasks);
  const taskDir = new Map(tasks.map((t, i) => [t.versionId, `${String(i + 1).padStart(2, "0")}-${safeSegment(t.title)}`]));
  const seats = await prisma.sessionCandidate.findMany({ where: { sessionId }, select: { candidateId: true, blindCode: true } });
  const people = new Map((await prisma.candidate.findMany({ where: { id: { in: seats.map((s) => s.candidateId) } }, select: { id: true, ticketNumber: true } })).map((c) => [c.id, c]));
  const attempts = await prisma.attempt.findMany({ where: { sessionId }, select: { id: true, candidateId: true } });
  const attemptIds = attempts.map((a) => a.id);
  const [files, answers] = await Promise.all([
    prisma.submissionFile.findMany({ where: { attemptId: { in: attemptIds }, replacedAt: null }, orderBy: { createdAt: "asc" }, include: { file: true } }),
    prisma.deliverableAnswer.findMany({ where: { attemptId: { in: attemptIds } } }),
  ]);
  const items: Item[] = [];
  for (const seat of [...seats].sort((a, b) => a.blindCode!.localeCompare(b.blindCode!))) {
    const code = seat.blindCode!;
    const ticket = people.get(seat.candidateId)?.ticketNumber ?? "";
    const attempt = attempts.find((a) => a.candidateId === seat.candidateId);
    if (!attempt) continue;
    const used = new Set<string>();
    const place = (taskVersionId: string, deliverableId: string, name: string) => {
      const dir = `${taskDir.get(taskVersionId) ?? safeSegment(taskVersionId)}/${safeSegment(deliverableId)}`;
      let rel = `${dir}/${safeSegment(name)}`;
      for (let n = 2; used.has(rel); n++) rel = `${dir}/${n}-${safeSegment(name)}`;
      used.add(rel);
      return { byCode: `by-code/${safeSegment(code)}/${rel}`, byTicket: `by-ticket/${safeSegment(ticket || code)}/${rel}` };
    };
    const task = (id: string) => tasks.find((t) => t.versionId === id)?.title ?? id;
    for (const a of answers.filter((x) => x.attemptId === attempt.id).sort((x, y) => `${x.taskVersionId}:${x.deliverableId}`.localeCompare(`${y.taskVersionId}:${y.deliverableId}`))) {
      const value = a.value as { text?: unknown };
      const isText = typeof value?.text === "string" && Object.keys(value).length === 1;
      const bytes = Buffer.from(isText ? (value.text as string) : JSON.stringify(a.value, null, 2), "utf8");
      const name = `${a.deliverableId}.${isText ? "txt" : "json"}`;
      items.push({ code, ticketNumber: ticket, task: task(a.taskVersionId), deliverableId: a.deliverableId, source: "answer", originalName: name, ...place(a.taskVersionId, a.deliverableId, name), size: bytes.length, sha256: sha(bytes), storageKey: null, bytes, mtime: a.savedAt });
    }
    for (const f of files.filter((x) => x.attemptId === attempt.id)) {
      items.push({
        code,
        ticketNumber: ticket,
        task: task(f.taskVersionId),
        deliverableId: f.deliverableId,
        source: "file",
        originalName: f.file.originalName,
        ...place(f.taskVersionId, f.deliverableId, f.file.originalName),
        size: f.file.size,
        sha256: f.file.sha256,
        storageKey: f.file.storageKey,
        bytes: null,
        mtime: f.file.createdAt,
      });
    }
  }
  return { sessionName: session.name, items };
}

/** A pass-through that fails when the bytes' SHA-256 or length differ from what was stored. */
function verifying(expected: { sha256: string; size: number; name: string }): Transform {
  const hash = createHash("sha256");
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      const got = hash.digest("hex");
      if (got !== expected.sha256 || size !== expected.size) cb(new Error(`stored file ${expected.name} does not match its hash (${got}, ${size} bytes)`));
      else cb();
    },
  });
}

/**
 * The ZIP as a stream, with its file name. Entries: manifest.csv (UTF-8 with BOM, opens in
 * Excel), manifest.json, then by-code/<code>/<nn-task>/<deliverable>/<name> and the same under
 * by-ticket/<ticket>/. Files are stored without compression (images, videos and OOXML files are
 * compressed already); answers are deflated.
 */
export async function sessionArchive(sessionId: string): Promise<{ fileName: string; stream: NodeJS.ReadableStream; entries: number }> {
  const { sessionName, items } = await archiveItems(sessionId);
  const zip = new ZipFile();
  const manifest: ManifestEntry[] = items.map(({ storageKey: _k, bytes: _b, mtime: _m, ...e }) => e);
  const header = ["考生编号", "准考证号", "试题", "交付项", "类型", "原文件名", "按编号路径", "按准考证号路径", "字节数", "SHA-256"];
  const csv = [header, ...manifest.map((e) => [e.code, e.ticketNumber, e.task, e.deliverableId, e.source === "file" ? "文件" : "作答", e.originalName, e.byCode, e.byTicket, e.size, e.sha256])]
    .map((r) => r.map(csvCell).join(","))
    .join("\r\n");
  const now = new Date();
  zip.addBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${csv}\r\n`, "utf8")]), "manifest.csv", { mtime: now });
  zip.addBuffer(Buffer.from(JSON.stringify({ session: sessionName, sessionId, createdAt: now.toISOString(), entries: manifest }, null, 2), "utf8"), "manifest.json", { mtime: now });
  const out = new PassThrough();
  for (const item of items) {
    for (const path of [item.byCode, item.byTicket]) {
      if (item.bytes) {
        zip.addBuffer(item.bytes, path, { mtime: item.mtime });
        continue;
      }
      const key = item.storageKey!;
      zip.addReadStreamLazy(path, { mtime: item.mtime, size: item.size, compress: false }, (cb) => {
        getStorage()
          .get(key)
          .then((s) => {
            const check = verifying({ sha256: item.sha256, size: item.size, name: path });
            check.on("error", (e) => out.destroy(e));
            cb(null, (s as NodeJS.ReadableStream).pipe(check));
          })
          .catch((e: unknown) => cb(e, undefined as never));
      });
    }
  }
  zip.on("error", (e: Error) => out.destroy(e));
  zip.outputStream.pipe(out);
  zip.end();
  const stamp = now.toISOString().slice(0, 10);
  return { fileName: `${safeSegment(sessionName)}-作品归档-${stamp}.zip`, stream: out, entries: items.length * 2 + 2 };
}
