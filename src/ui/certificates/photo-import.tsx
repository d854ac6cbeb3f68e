"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useState } from "react";
import { newBatchId, ProgressBar, useBatchProgress } from "./batch-progress";
import { FileInput } from "@/ui/forms/file-input";

type Row = { row: number; file: string; candidate: { name: string; ticketNumber: string } | null; problem: string | null };
type Result = { status: "DONE" | "FAILED"; total: number; imported: number; skipped: number; rows: Row[]; notices: string[] };
type Labels = Record<
  "file" | "mode" | "modeAll" | "modeValid" | "crop" | "submit" | "running" | "progress" | "progressText" | "done" | "failed" | "rows" | "colRow" | "colFile" | "colCandidate" | "colResult" | "ok" | "notices" | "error",
  string
>;

/** Uploads a ZIP of photos, shows the progress while files are checked, then every file's result. */
export function PhotoImport({ labels }: { labels: Labels }) {
  const [running, setRunning] = useState(false);
  const { progress, watch, stop } = useBatchProgress();
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const batchId = newBatchId();
    form.set("batchId", batchId);
    setRunning(true);
    setResult(null);
    setError(null);
    watch(batchId);
    try {
      const response = await fetch("/api/admin/photos/import", { method: "POST", body: form });
      const body = await response.json();
      if (!response.ok) setError(fill(labels.error, { message: body?.error?.message ?? response.statusText }));
      else {
        setResult(body as Result);
        stop({ processed: body.total, total: body.total });
      }
    } catch (e) {
      setError(fill(labels.error, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      stop();
      setRunning(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4">
        <label className="block">
          <span className="font-medium">{labels.file}</span>
          <FileInput name="file" required accept=".zip,application/zip" />
        </label>
        <fieldset className="space-y-1">
          <legend className="font-medium">{labels.mode}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="all-or-nothing" defaultChecked /> {labels.modeAll}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="valid-only" /> {labels.modeValid}
          </label>
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="crop" value="1" /> {labels.crop}
        </label>
        <button type="submit" disabled={running} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
          {running ? labels.running : labels.submit}
        </button>
      </form>
      <ProgressBar show={running} progress={progress} label={labels.progress} text={labels.progressText} />
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {result && (
        <div className="space-y-4">
          <p role="status" className={`rounded px-3 py-2 ${result.status === "DONE" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
            {result.status === "DONE" ? fill(labels.done, { imported: result.imported, skipped: result.skipped }) : fill(labels.failed, { count: result.rows.filter((r) => r.problem).length })}
          </p>
          <table className="w-full border-collapse text-sm">
            <caption className="mb-1 text-left font-semibold">{labels.rows}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className="border px-2 py-1">{labels.colRow}</th>
                <th scope="col" className="border px-2 py-1">{labels.colFile}</th>
                <th scope="col" className="border px-2 py-1">{labels.colCandidate}</th>
                <th scope="col" className="border px-2 py-1">{labels.colResult}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.row} className={r.problem ? "bg-red-50" : undefined}>
                  <td className="border px-2 py-1">{r.row}</td>
                  <td className="border px-2 py-1 font-mono">{r.file}</td>
                  <td className="border px-2 py-1">{r.candidate ? `${r.candidate.name}（${r.candidate.ticketNumber}）` : "—"}</td>
                  <td className="border px-2 py-1">{r.problem ?? labels.ok}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.notices.length > 0 && (
            <div>
              <h2 className="font-semibold">{labels.notices}</h2>
              <ul className="list-disc pl-6 text-sm">
                {result.notices.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
