"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useState } from "react";
import { newBatchId, ProgressBar, useBatchProgress } from "./batch-progress";

type Labels = Record<"submit" | "running" | "progress" | "progressText" | "done" | "error", string>;

/**
 * Builds one PDF of many certificates on the server, showing its progress (pages done, read from
 * the import-progress row the server updates), then saves the file.
 */
export function BulkPdf({ filter, labels }: { filter: Record<string, string>; labels: Labels }) {
  const [running, setRunning] = useState(false);
  const { progress, watch, stop } = useBatchProgress();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run() {
    const batchId = newBatchId();
    setRunning(true);
    setMessage(null);
    watch(batchId);
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
      stop({ processed: pages, total: pages });
      setMessage({ ok: true, text: fill(labels.done, { pages }) });
    } catch (e) {
      setMessage({ ok: false, text: fill(labels.error, { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      stop();
      setRunning(false);
    }
  }

  return (
    <div className="space-y-2">
      <button type="button" onClick={run} disabled={running} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
        {running ? labels.running : labels.submit}
      </button>
      <ProgressBar show={running} progress={progress} label={labels.progress} text={labels.progressText} />
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-900" : "text-red-800"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
