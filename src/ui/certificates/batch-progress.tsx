"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useCallback, useEffect, useRef, useState } from "react";

export type Progress = { processed: number; total: number };

/** A UUID without crypto.randomUUID, which browsers only offer on HTTPS or localhost. */
export function newBatchId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The progress of long server work (an import, a bulk PDF) that records it in an ImportBatch row:
 * `watch(batchId)` polls /api/admin/imports/<batchId> every 500 ms until `stop()`.
 */
export function useBatchProgress() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stop = useCallback((final?: Progress) => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    if (final) setProgress(final);
  }, []);
  const watch = useCallback(
    (batchId: string) => {
      stop();
      setProgress(null);
      timer.current = setInterval(async () => {
        const r = await fetch(`/api/admin/imports/${batchId}`, { cache: "no-store" });
        if (r.ok) {
          const b = (await r.json()) as Progress;
          setProgress({ processed: b.processed, total: b.total });
        }
      }, 500);
    },
    [stop],
  );
  useEffect(() => stop, [stop]);
  return { progress, watch, stop };
}

/** A labelled progress bar with "done of total" text (visible while running or once known). */
export function ProgressBar({ show, progress, label, text }: { show: boolean; progress: Progress | null; label: string; text: string }) {
  if (!show && !progress) return null;
  return (
    <div>
      <progress aria-label={label} max={progress?.total || 1} value={progress?.processed ?? 0} className="w-full" />
      {progress && <p className="text-sm">{fill(text, progress)}</p>}
    </div>
  );
}
