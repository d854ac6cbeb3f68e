// What a candidate handed in for one task, as the examiners' scoring page and the score review
// (成绩复核) show it: every deliverable of the task version in order, with the text or fields as
// saved, the current files (replaced ones left out) with their previews, and the stored results
// of the automatic checks (evidence). Nothing here names the candidate.
import type { CheckResult, Finding } from "@/grading/checks";
import type { FilePreview } from "../preview";
import { PREVIEW_MAX_BYTES, previewFile } from "../preview";
import { getPrisma } from "../../db/client";
import { getStorage } from "../../storage";
import { neutralFileName } from "./neutral-name";
import { safeRichText } from "./rich-text";

/** The part of a DeliverableSpec (src/exam/deliverables.ts, issue 14 contract) that is shown. */
export type DeliverableView = {
  id: string;
  title: string;
  instructions: string;
  kind: "text" | "fields" | "files";
  rich: boolean;
  fieldLabels: Array<{ name: string; label: string }>;
  text: string | null;
  values: Record<string, string> | null;
  rows: Array<Record<string, string>> | null;
  files: Array<{ id: string; name: string; mime: string; size: number; sha256: string; preview: FilePreview }>;
  checks: Array<{ index: number; kind: string; passed: boolean; met: number; total: number; findings: Finding[] }>;
};

export type SubmittedWork = {
  /** "none" when the candidate never started; otherwise the attempt's status. */
  status: "none" | "in_progress" | "paused" | "submitted";
  submittedAt: Date | null;
  deliverables: DeliverableView[];
  /** Stored check results by `${deliverableId}:${checkIndex}` (automatic criteria read them). */
  checkResults: Map<string, CheckResult>;
};

type RawSpec = { id?: unknown; title?: unknown; instructions?: unknown; kind?: unknown; rich?: unknown; fields?: unknown };

function specsOf(json: unknown): RawSpec[] {
  return Array.isArray(json) ? (json.filter((d) => d && typeof d === "object" && typeof (d as RawSpec).id === "string") as RawSpec[]) : [];
}

const str = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

async function readForPreview(storageKey: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await getStorage().get(storageKey)) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The preview of a stored file; a file too large to convert is shown by the browser or downloaded. */
export async function previewStored(file: { storageKey: string; mime: string; originalName: string; size: number }): Promise<FilePreview> {
  const shown = await previewFile({ buffer: Buffer.alloc(0) }, file.mime, file.originalName).catch(() => ({ kind: "download" }) as FilePreview);
  if (shown.kind === "image" || shown.kind === "video" || shown.kind === "pdf") return shown;
  // Spreadsheets, DOCX and text need the bytes (an empty probe cannot tell them from "download").
  if (file.size > PREVIEW_MAX_BYTES) return { kind: "download" };
  return previewFile({ buffer: await readForPreview(file.storageKey) }, file.mime, file.originalName).catch(() => ({ kind: "download" }) as FilePreview);
}

/**
 * Loads the work for (sessionId, candidateId, taskVersionId). The caller has checked access.
 * Deliverables come from the task version's `deliverables` JSON; answers from DeliverableAnswer
 * (text: `{ text }`; fields: `{ values, rows? }`); files from the current SubmissionFile rows.
 * With `blindCode`, file names are neutral ("K-4827-主图-1.png", neutral-name.ts), never the original.
 */
export async function loadSubmittedWork(o: { sessionId: string; candidateId: string; taskVersionId: string; blindCode?: string | null }): Promise<SubmittedWork> {
  const prisma = getPrisma();
  const [version, attempt] = await Promise.all([
    prisma.taskVersion.findUnique({ where: { id: o.taskVersionId }, select: { deliverables: true } }),
    prisma.attempt.findUnique({ where: { sessionId_candidateId: { sessionId: o.sessionId, candidateId: o.candidateId } }, select: { id: true, status: true, submittedAt: true } }),
  ]);
  const specs = specsOf(version?.deliverables);
  const where = attempt ? { attemptId: attempt.id, taskVersionId: o.taskVersionId } : null;
  const [answers, files, checks] = where
    ? await Promise.all([
        prisma.deliverableAnswer.findMany({ where }),
        prisma.submissionFile.findMany({ where: { ...where, replacedAt: null }, orderBy: { createdAt: "asc" }, include: { file: true } }),
        prisma.checkResult.findMany({ where, orderBy: { checkIndex: "asc" } }),
      ])
    : [[], [], []];
  const checkResults = new Map(checks.map((c) => [`${c.deliverableId}:${c.checkIndex}`, c.result as unknown as CheckResult]));
  const deliverables: DeliverableView[] = [];
  for (const spec of specs) {
    const id = spec.id as string;
    const kind = spec.kind === "fields" || spec.kind === "files" ? spec.kind : "text";
    const value = (answers.find((a) => a.deliverableId === id)?.value ?? null) as { text?: unknown; values?: unknown; rows?: unknown } | null;
    const fieldLabels = Array.isArray(spec.fields) ? (spec.fields as Array<{ name?: unknown; label?: unknown }>).map((f) => ({ name: str(f.name), label: str(f.label ?? f.name) })) : [];
    const values = value && value.values && typeof value.values === "object" ? Object.fromEntries(Object.entries(value.values as Record<string, unknown>).map(([k, v]) => [k, str(v)])) : null;
    const rows = value && Array.isArray(value.rows) ? (value.rows as Array<Record<string, unknown>>).map((r) => Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, str(v)]))) : null;
    const mine = files.filter((f) => f.deliverableId === id);
    deliverables.push({
      id,
      title: str(spec.title) || id,
      instructions: str(spec.instructions),
      kind,
      rich: spec.rich === true,
      fieldLabels,
      text: value && typeof value.text === "string" ? (spec.rich === true ? safeRichText(value.text) : value.text) : null,
      values,
      rows,
      files: await Promise.all(
        mine.map(async (f, n) => ({
          id: f.file.id,
          name: o.blindCode ? neutralFileName(o.blindCode, str(spec.title) || id, n + 1, f.file.originalName) : f.file.originalName, mime: f.file.mime, size: f.file.size, sha256: f.file.sha256, preview: await previewStored(f.file) })),
      ),
      checks: checks
        .filter((c) => c.deliverableId === id)
        .map((c) => {
          const r = c.result as unknown as CheckResult;
          return { index: c.checkIndex, kind: r.kind, passed: r.passed, met: r.met, total: r.total, findings: r.findings ?? [] };
        }),
    });
  }
  return {
    status: attempt ? (attempt.status as SubmittedWork["status"]) : "none",
    submittedAt: attempt?.submittedAt ?? null,
    deliverables,
    checkResults,
  };
}
