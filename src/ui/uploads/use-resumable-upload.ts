"use client";
// The browser's upload engine for one upload slot (e.g. one file deliverable of an attempt):
// give it the chosen file; it hashes it (SHA-256, progress in "hashing"), uploads it resumably
// (tus) to /api/uploads with `purpose` and `meta` as the upload's metadata, and reports what is
// true: "uploading" n % (100 only once the server verified and stored it), waiting for the
// network, "stored" with the server's result, or "failed" with the server's message (in the
// candidate's language). After a reload it resumes by itself from the file kept in IndexedDB.
//
//   const upload = useResumableUpload({ purpose: "skill-deliverable", meta: { attemptId, deliverableId }, file });
//   upload.state, upload.percent, upload.error, upload.result, upload.retry(), upload.cancel()
import { useCallback, useEffect, useReducer, useRef } from "react";
import { uploadsZhCN } from "@/i18n/messages/uploads.zh-CN";
import { pendingFiles } from "./pending-files";
import { UploadJob, type UploadEvent } from "./upload-job";

export type ResumableUploadState = "idle" | "hashing" | "uploading" | "stored" | "failed";

export type ResumableUploadStatus = {
  state: ResumableUploadState;
  /** 0–100: of hashing while "hashing", of the bytes while "uploading"; 100 when "stored". */
  percent: number;
  /** Why it failed (state "failed"), or what it waits for while "uploading" (network down). */
  error: string | null;
  /** What the server's upload policy returned (state "stored"), e.g. the stored file's id. */
  result: unknown;
  fileName: string | null;
  /** True while offline: the upload continues by itself once the browser is back online. */
  waitingForNetwork: boolean;
  /** True when retry() may help (a network or server failure, not a refusal). */
  retryable: boolean;
};

export type ResumableUpload = ResumableUploadStatus & {
  retry(): void;
  /** Stops the upload, deletes what the server received so far and forgets the file. */
  cancel(): void;
};

type ClientMessageKey = "uploads.client.offline" | "uploads.client.failed" | "uploads.client.readFailed";

export type UseResumableUploadOptions = {
  purpose: string;
  /** Upload metadata for the policy (e.g. attemptId, deliverableId); filename and sha256 are added. */
  meta: Record<string, string>;
  /** The chosen file; null: none chosen (then a file kept from before a reload resumes, if any). */
  file: File | null;
  endpoint?: string;
  /** Texts of the client's own messages (from messagesFor(locale, ["uploads.client."])); zh-CN by default. */
  messages?: Partial<Record<ClientMessageKey, string>>;
  /** Bytes per PATCH request (default 8 MiB). */
  chunkSize?: number;
  /** Keep the file in IndexedDB and resume by itself after a reload (default true). */
  resumeAfterReload?: boolean;
};

const IDLE: ResumableUploadStatus = { state: "idle", percent: 0, error: null, result: null, fileName: null, waitingForNetwork: false, retryable: false };

type Action = UploadEvent | { type: "reset" };

function reducer(status: ResumableUploadStatus, action: Action, offlineText: string): ResumableUploadStatus {
  switch (action.type) {
    case "reset":
      return IDLE;
    case "hashing":
      return { ...IDLE, state: "hashing", percent: action.percent, fileName: action.fileName };
    case "uploading":
      return { ...status, state: "uploading", percent: Math.max(action.percent, status.state === "uploading" ? status.percent : 0), error: null, waitingForNetwork: false, retryable: false };
    case "offline":
      return { ...status, state: "uploading", error: offlineText, waitingForNetwork: true };
    case "stored":
      return { ...status, state: "stored", percent: 100, error: null, result: action.result, waitingForNetwork: false, retryable: false };
    case "failed":
      return { ...status, state: "failed", error: action.error, waitingForNetwork: false, retryable: action.retryable };
  }
}

/** Metadata as a stable string (sorted keys): the identity of the upload slot. */
function slotKeyOf(purpose: string, meta: Record<string, string>): string {
  return `${purpose}|${JSON.stringify(Object.keys(meta).sort().map((k) => [k, meta[k]]))}`;
}

export function useResumableUpload(options: UseResumableUploadOptions): ResumableUpload {
  const { purpose, meta, file, endpoint = "/api/uploads", messages, chunkSize = 8 * 1024 * 1024, resumeAfterReload = true } = options;
  const slotKey = slotKeyOf(purpose, meta);
  const text = (key: ClientMessageKey) => messages?.[key] ?? uploadsZhCN[key];
  const offlineText = text("uploads.client.offline");
  const [status, dispatch] = useReducer((s: ResumableUploadStatus, a: Action) => reducer(s, a, offlineText), IDLE);
  const textsRef = useRef({ failed: text("uploads.client.failed"), readFailed: text("uploads.client.readFailed") });
  const jobRef = useRef<UploadJob | null>(null);

  useEffect(() => {
    textsRef.current = { failed: text("uploads.client.failed"), readFailed: text("uploads.client.readFailed") };
  });

  useEffect(() => {
    let job: UploadJob | null = null;
    let cancelled = false;
    const slotMeta = Object.fromEntries(JSON.parse(slotKey.slice(purpose.length + 1)) as Array<[string, string]>);
    const start = (chosen: File) => {
      job = new UploadJob({ file: chosen, purpose, meta: slotMeta, slotKey, endpoint, chunkSize, keepForReload: resumeAfterReload, texts: () => textsRef.current, emit: (event) => dispatch(event) });
      jobRef.current = job;
      void job.run();
    };
    if (file) start(file);
    else if (resumeAfterReload) {
      void pendingFiles.load(slotKey).then((kept) => {
        if (kept && !cancelled) start(kept);
      });
    }
    return () => {
      cancelled = true;
      job?.stop(false);
      jobRef.current = null;
      dispatch({ type: "reset" });
    };
  }, [file, purpose, slotKey, endpoint, chunkSize, resumeAfterReload]);

  const retry = useCallback(() => jobRef.current?.retry(), []);
  const cancel = useCallback(() => {
    jobRef.current?.stop(true);
    jobRef.current = null;
    void pendingFiles.remove(slotKey);
    dispatch({ type: "reset" });
  }, [slotKey]);

  return { ...status, retry, cancel };
}
