"use client";

// A files deliverable of the candidate's skill page: the files handed in so far (each
// downloadable, removable while the attempt accepts work) and one upload slot that shows the
// upload's true state — checking n %, uploading n %, waiting for the network, failed with the
// server's reason — through the resumable upload hook (src/ui/uploads). A file appears as stored
// only once the server verified and recorded it. After a reload, an unfinished upload resumes by
// itself from the file kept in IndexedDB. A final refusal (any 4xx but 408/423/429 and the protocol's
// offset conflict) stops at "上传失败：<the server's reason>" and reloads the stored files.
import { useEffect, useMemo, useRef, useState } from "react";
import { useResumableUpload } from "@/ui/uploads/use-resumable-upload";

export type HandedInFile = { id: string; fileId: string; name: string; size: number; mime: string };
type Spec = { id: string; title: string; accept: string[]; maxBytes: number; maxCount: number };
type T = (key: string, params?: Record<string, string | number>) => string;

const MIME_NAMES: Record<string, string> = {
  "image/jpeg": "JPG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "application/pdf": "PDF",
  "text/csv": "CSV",
  "text/plain": "TXT",
  "application/zip": "ZIP",
  "video/mp4": "MP4",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function FileDeliverable(props: {
  attemptId: string;
  taskVersionId: string;
  spec: Spec;
  files: HandedInFile[];
  disabled: boolean;
  t: T;
  uploadMessages: Record<string, string>;
  onStored: (file: HandedInFile) => void;
  onRemove: (submissionFileId: string) => void;
  onBusy: (busy: boolean) => void;
  /** The server refused the upload for good (e.g. 409: the count limit, reached from another tab): reload the stored files. */
  onRefused?: () => void;
}) {
  const { attemptId, taskVersionId, spec, files, disabled, t, onStored, onBusy } = props;
  const [chosen, setChosen] = useState<File | null>(null);
  const meta = useMemo(() => ({ attemptId, taskVersionId, deliverableId: spec.id }), [attemptId, taskVersionId, spec.id]);
  const upload = useResumableUpload({ purpose: "skill-deliverable", meta, file: chosen, messages: props.uploadMessages });
  const input = useRef<HTMLInputElement>(null);
  const reported = useRef<unknown>(null);

  useEffect(() => {
    if (upload.state === "stored" && upload.result && reported.current !== upload.result) {
      reported.current = upload.result;
      const r = upload.result as { fileId: string; submissionFileId: string; name: string; size: number };
      onStored({ id: r.submissionFileId, fileId: r.fileId, name: r.name, size: r.size, mime: "" });
    }
  }, [upload.state, upload.result, onStored]);

  // A final refusal (not retried, no retry button): the stored list may have changed elsewhere.
  const refused = upload.state === "failed" && !upload.retryable;
  const onRefused = props.onRefused;
  useEffect(() => {
    if (refused) onRefused?.();
  }, [refused, onRefused]);

  const busy = upload.state === "hashing" || upload.state === "uploading";
  useEffect(() => onBusy(busy), [busy, onBusy]);

  const name = upload.fileName ?? chosen?.name ?? "";
  const canAdd = !disabled && (spec.maxCount === 1 || files.length < spec.maxCount);
  const types = spec.accept.map((m) => MIME_NAMES[m] ?? m).join("、");
  const inputId = `file-${taskVersionId}-${spec.id}`;

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("skill.files.accept", { types, size: formatSize(spec.maxBytes), count: spec.maxCount })}</p>
      {files.length === 0 ? (
        <p className="text-sm">{t("skill.files.none")}</p>
      ) : (
        <ul className="space-y-1">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-green-800">{t("skill.files.stored", { name: f.name, size: formatSize(f.size) })}</span>
              <a href={`/api/files/${f.fileId}?download=1`} className="text-blue-700 underline">
                {t("skill.download")}
              </a>
              {!disabled && spec.maxCount > 1 && (
                <button type="button" onClick={() => props.onRemove(f.id)} className="rounded border border-slate-300 px-2 text-xs">
                  {t("skill.files.remove")} {f.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t("skill.files.choose", { title: spec.title })}
          </label>
          <input
            id={inputId}
            ref={input}
            type="file"
            accept={spec.accept.join(",")}
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0] ?? null;
              reported.current = null;
              setChosen(f);
            }}
            className="text-sm"
          />
        </div>
      )}
      <div aria-live="polite" data-testid={`upload-${spec.id}`} className="text-sm">
        {upload.state === "hashing" && <span>{t("skill.files.hashing", { name, percent: Math.floor(upload.percent) })}</span>}
        {upload.state === "uploading" && !upload.waitingForNetwork && <span>{t("skill.files.uploading", { name, percent: Math.floor(upload.percent) })}</span>}
        {upload.state === "uploading" && upload.waitingForNetwork && (
          <span role="status" className="text-amber-800">
            {t("skill.files.waiting", { name, percent: Math.floor(upload.percent) })}
          </span>
        )}
        {upload.state === "failed" && (
          <span role="alert" className="text-red-800">
            {t("skill.files.failed", { reason: upload.error ?? "" })}{" "}
            {upload.retryable && (
              <button type="button" onClick={upload.retry} className="rounded border border-slate-300 px-2">
                {t("skill.files.retry")}
              </button>
            )}
          </span>
        )}
        {busy && (
          <button
            type="button"
            onClick={() => {
              upload.cancel();
              setChosen(null);
              if (input.current) input.current.value = "";
            }}
            className="ml-2 rounded border border-slate-300 px-2"
          >
            {t("skill.files.cancel")}
          </button>
        )}
      </div>
    </div>
  );
}
