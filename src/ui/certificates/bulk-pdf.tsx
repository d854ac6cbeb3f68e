"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useRef, useState } from "react";

type Labels = Record<"submit" | "running" | "progress" | "progressText" | "done" | "error", string>;

/** A UUID without crypto.randomUUID, which browsers only offer on HTTPS or localhost. */
function newBatchId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Builds one PDF of many certificates on the server, showing its progress (pages done, read from
 * the import-progress row the server updates), then saves the file.
 */
export function BulkPdf({ filter, labels }: { filter: Record<string, string>; labels: Labels }) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  async function run() {
    const batchId = newBatchId();
    setRunning(true);
    setMessage(null);
    setProgress(null);
    timer.current = setInterval(async () => {
      const r = await fetch(`/api/admin/imports/${batchId}`, { cache: "no-store" });
      if (r.ok) {
        const b = (await r.json()) as { processed: number; total: number };
        setProgress({ processed: b.processed, total: b.total });
      }
    }, 500);
    try {
      const response = await fetch("/api/admin/certificates/pdf", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ batchId, ...filter }) });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setMessage({ ok: false, text: fill(labels.error, { message: body?.error?.message ?? response.statusText }) });
        return;
      }
      const pages = Number(response.headers.get("X-Pages") ?? 0);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = "certificates.pdf";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProgress({ processed: pages, total: pages });
      setMessage({ ok: true, text: fill(labels.done, { pages }) });
    } catch (e) {
      setMessage({ ok: false, text: fill(labels.error, { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      if (timer.current) clearInterval(timer.current);
      setRunning(false);
    }
  }

  return (
    <div className="space-y-2">
      <button type="button" onClick={run} disabled={running} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
        {running ? labels.running : labels.submit}
      </button>
      {(running || progress) && (
        <div>
          <progress aria-label={labels.progress} max={progress?.total || 1} value={progress?.processed ?? 0} className="w-full" />
          {progress && <p className="text-sm">{fill(labels.progressText, progress)}</p>}
        </div>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-900" : "text-red-800"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
