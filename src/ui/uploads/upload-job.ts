// One file's way to the server: hash it, then upload it with tus-js-client, resuming where the
// server stopped (after a dropped connection: retries with back-off; after going offline: waits
// for the browser's "online" event; after a reload: tus-js-client's fingerprint in localStorage,
// here derived from the upload slot and the file's SHA-256, finds the upload to resume).
// Framework-free; the React hook (use-resumable-upload.ts) drives it and renders its events.
import * as tus from "tus-js-client";
import { sha256OfBlob } from "./hash-file";
import { pendingFiles } from "./pending-files";
import { describeUploadFailure, RETRY_DELAYS } from "./upload-errors";

export type UploadEvent =
  | { type: "hashing"; percent: number; fileName: string }
  | { type: "uploading"; percent: number }
  | { type: "offline" }
  | { type: "stored"; result: unknown }
  | { type: "failed"; error: string; retryable: boolean };

export type UploadTexts = { failed: string; readFailed: string };

export type UploadJobOptions = {
  file: File;
  purpose: string;
  meta: Record<string, string>;
  /** Identifies the upload slot (purpose + metadata): the key of the kept file and the fingerprint. */
  slotKey: string;
  endpoint: string;
  chunkSize: number;
  /** Keep the file in IndexedDB until it is stored or refused, to resume after a reload. */
  keepForReload: boolean;
  texts: () => UploadTexts;
  emit: (event: UploadEvent) => void;
  /** Further tus-js-client options (e.g. its urlStorage or fileReader outside a browser). */
  tusOptions?: Partial<tus.UploadOptions>;
};

function resultOf(response: tus.HttpResponse): unknown {
  const header = response.getHeader("Upload-Result");
  if (header) {
    try {
      return JSON.parse(decodeURIComponent(header)) as unknown;
    } catch {
      // fall through to the body
    }
  }
  try {
    return (JSON.parse(response.getBody()) as { result?: unknown }).result ?? null;
  } catch {
    return null;
  }
}

const offline = () => typeof navigator !== "undefined" && navigator.onLine === false;

export class UploadJob {
  private upload: tus.Upload | null = null;
  private stopped = false;
  private readonly hashing = new AbortController();
  private onOnline: (() => void) | null = null;

  constructor(private readonly options: UploadJobOptions) {}

  /** Hashes the file and starts (or resumes) its upload. */
  async run(): Promise<void> {
    const { file, emit } = this.options;
    emit({ type: "hashing", percent: 0, fileName: file.name });
    // Kept before anything else, so that it is never kept after its upload ended.
    if (this.options.keepForReload) await pendingFiles.save(this.options.slotKey, file);
    let sha256: string;
    try {
      sha256 = await sha256OfBlob(file, { signal: this.hashing.signal, onProgress: (f) => emit({ type: "hashing", percent: Math.floor(f * 100), fileName: file.name }) });
    } catch {
      if (!this.stopped) emit({ type: "failed", error: this.options.texts().readFailed, retryable: true });
      return;
    }
    if (this.stopped) return;
    const fingerprint = `skills-upload|${this.options.endpoint}|${this.options.slotKey}|${sha256}|${file.size}`;
    const upload = new tus.Upload(file, {
      ...this.options.tusOptions,
      endpoint: this.options.endpoint,
      metadata: { ...this.options.meta, purpose: this.options.purpose, filename: file.name, sha256 },
      fingerprint: async () => fingerprint,
      chunkSize: this.options.chunkSize,
      retryDelays: RETRY_DELAYS,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onShouldRetry: (error) => describeUploadFailure(error.originalResponse).retry && !offline(),
      onProgress: (sent, total) => {
        // 100 % only once the server has verified and stored the file.
        if (!this.stopped) emit({ type: "uploading", percent: total > 0 ? Math.min(99, Math.floor((sent / total) * 100)) : 0 });
      },
      onSuccess: ({ lastResponse }) => {
        if (this.stopped) return;
        void pendingFiles.remove(this.options.slotKey);
        emit({ type: "stored", result: resultOf(lastResponse) });
      },
      onError: (error) => this.failed(error),
    });
    this.upload = upload;
    const previous = await upload.findPreviousUploads().catch(() => []);
    if (this.stopped) return;
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    emit({ type: "uploading", percent: 0 });
    upload.start();
  }

  private failed(error: Error): void {
    if (this.stopped) return;
    const failure = describeUploadFailure((error as tus.DetailedError).originalResponse);
    if (failure.retry && offline()) {
      this.options.emit({ type: "offline" });
      this.onOnline = () => {
        window.removeEventListener("online", this.onOnline!);
        this.onOnline = null;
        this.retry();
      };
      window.addEventListener("online", this.onOnline);
      return;
    }
    // A refusal is final for this file: it is not kept for resuming after a reload.
    if (!failure.retry) void pendingFiles.remove(this.options.slotKey);
    this.options.emit({ type: "failed", error: failure.message ?? this.options.texts().failed, retryable: failure.retry });
  }

  /** Tries again: resumes the upload (or hashes again when that was what failed). */
  retry(): void {
    if (this.stopped) return;
    if (!this.upload) {
      void this.run();
      return;
    }
    this.options.emit({ type: "uploading", percent: 0 });
    this.upload.start();
  }

  /** Stops; `terminate` also deletes the partial upload on the server. */
  stop(terminate = false): void {
    this.stopped = true;
    this.hashing.abort();
    if (this.onOnline) window.removeEventListener("online", this.onOnline);
    void this.upload?.abort(terminate).catch(() => undefined);
  }
}
