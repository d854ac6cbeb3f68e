"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useRef, useState } from "react";
import { TwoColumnTable } from "../imports/two-column-table";
import { newBatchId } from "../new-batch-id";
import { FileInput } from "@/ui/forms/file-input";

type Problem = { row: number; column: string; message: string };
type Preview = {
  valid: number;
  problemRows: number;
  groups: Array<{ level: string; track: string; count: number }>;
  mapping: Array<{ from: string; to: string }>;
  notices: string[];
  problems: Problem[];
  willWrite: { "all-or-nothing": number; "valid-only": number };
  sample: Array<{ row: number; name: string; idNumber: string; gender: string; level: string; track: string }>;
};
type Result = { batchId: string; status: "DONE" | "FAILED"; total: number; imported: number; skipped: number; problems: Problem[]; notices: string[] };
type Labels = Record<
  | "file"
  | "mode"
  | "modeAll"
  | "modeValid"
  | "submit"
  | "running"
  | "progress"
  | "progressText"
  | "done"
  | "failed"
  | "problems"
  | "colRow"
  | "colColumn"
  | "colMessage"
  | "notices"
  | "slipsTitle"
  | "slipsHelp"
  | "slipsSubmit"
  | "error",
  string
>;



function ProblemTable({ caption, problems, labels }: { caption: string; problems: Problem[]; labels: Labels }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100 text-left">
          <th scope="col" className="border px-2 py-1">{labels.colRow}</th>
          <th scope="col" className="border px-2 py-1">{labels.colColumn}</th>
          <th scope="col" className="border px-2 py-1">{labels.colMessage}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td className="border px-2 py-1">{p.row}</td>
            <td className="border px-2 py-1">{p.column}</td>
            <td className="border px-2 py-1">{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RosterImport({ labels, previewLabels: pl }: { labels: Labels; previewLabels: Record<string, string> }) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);

  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPreview(null);
    setResult(null);
    setError(null);
    setProgress(null);
    setPreviewing(true);
    try {
      const data = new FormData(event.currentTarget);
      data.delete("mode");
      const response = await fetch("/api/admin/candidates/import/preview", { method: "POST", body: data });
      const body = await response.json();
      if (!response.ok) setError(fill(labels.error, { message: body?.error?.message ?? response.statusText }));
      else setPreview(body as Preview);
    } catch (e) {
      setError(fill(labels.error, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setPreviewing(false);
    }
  }

  async function onSubmit() {
    const form = new FormData(formRef.current!);
    const batchId = newBatchId();
    form.set("batchId", batchId);
    setRunning(true);
    setResult(null);
    setError(null);
    setProgress(null);
    timer.current = setInterval(async () => {
      const r = await fetch(`/api/admin/imports/${batchId}`, { cache: "no-store" });
      if (r.ok) {
        const b = (await r.json()) as { processed: number; total: number };
        setProgress({ processed: b.processed, total: b.total });
      }
    }, 500);
    try {
      const response = await fetch("/api/admin/candidates/import", { method: "POST", body: form });
      const body = await response.json();
      if (!response.ok) setError(fill(labels.error, { message: body?.error?.message ?? response.statusText }));
      else {
        setResult(body as Result);
        if ((body as Result).status === "DONE") setPreview(null);
        setProgress({ processed: body.total, total: body.total });
      }
    } catch (e) {
      setError(fill(labels.error, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      if (timer.current) clearInterval(timer.current);
      setRunning(false);
    }
  }

  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={onPreview} onChange={(e) => (e.target as unknown as HTMLInputElement).name === "file" && setPreview(null)} className="space-y-4">
        <label className="block">
          <span className="font-medium">{labels.file}</span>
          <FileInput name="file" required accept=".xlsx,.csv,.txt" />
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
        <button type="submit" disabled={running || previewing} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:opacity-60">
          {pl["rosterImport.preview"]}
        </button>
      </form>

      {preview && (
        <section aria-labelledby="roster-preview" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 id="roster-preview" className="text-xl font-semibold">
            {pl["rosterImport.previewTitle"]}
          </h2>
          <p>{fill(pl["rosterImport.summary"]!, { valid: preview.valid, problemRows: preview.problemRows })}</p>
          {preview.groups.length > 0 && <p>{fill(pl["rosterImport.byGroup"]!, { groups: preview.groups.map((g) => `${g.level} · ${g.track} ${g.count}`).join("；") })}</p>}
          <p className="font-medium">{fill(pl["rosterImport.willWrite"]!, { all: preview.willWrite["all-or-nothing"], valid: preview.willWrite["valid-only"] })}</p>
          <TwoColumnTable caption={pl["rosterImport.mapping"]!} headers={[pl["rosterImport.mapping.from"]!, pl["rosterImport.mapping.to"]!]} rows={preview.mapping.map((m) => [m.from, m.to])} />
          {preview.notices.length > 0 && (
            <ul className="list-disc pl-6 text-sm">
              {preview.notices.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
          {preview.problems.length > 0 && <ProblemTable caption={labels.problems} problems={preview.problems} labels={labels} />}
          {preview.sample.length > 0 && (
            <table className="w-full border-collapse text-sm">
              <caption className="mb-1 text-left font-semibold">{fill(pl["rosterImport.sample"]!, { count: preview.sample.length })}</caption>
              <thead>
                <tr className="bg-slate-100 text-left">
                  {(["row", "name", "idNumber", "gender", "level", "track"] as const).map((c) => (
                    <th key={c} scope="col" className="border px-2 py-1">
                      {pl[`rosterImport.col.${c}`]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((c) => (
                  <tr key={c.row}>
                    <td className="border px-2 py-1">{c.row}</td>
                    <td className="border px-2 py-1">{c.name}</td>
                    <td className="border px-2 py-1 font-mono">{c.idNumber}</td>
                    <td className="border px-2 py-1">{c.gender}</td>
                    <td className="border px-2 py-1">{c.level}</td>
                    <td className="border px-2 py-1">{c.track}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" onClick={() => void onSubmit()} disabled={running} className="rounded bg-green-700 px-4 py-2 text-white hover:bg-green-800 disabled:opacity-60">
            {running ? labels.running : pl["rosterImport.submit"]}
          </button>
        </section>
      )}

      {(running || progress) && (
        <div>
          <progress aria-label={labels.progress} max={progress?.total || 1} value={progress?.processed ?? 0} className="w-full" />
          {progress && <p className="text-sm">{fill(labels.progressText, progress)}</p>}
        </div>
      )}

      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}

      {result && (
        <div className="space-y-4">
          <p role="status" className={`rounded px-3 py-2 ${result.status === "DONE" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
            {result.status === "DONE"
              ? fill(labels.done, { imported: result.imported, skipped: result.skipped })
              : fill(labels.failed, { count: result.problems.length })}
          </p>
          {result.problems.length > 0 && <ProblemTable caption={labels.problems} problems={result.problems} labels={labels} />}
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
          {result.status === "DONE" && result.imported > 0 && (
            <section className="space-y-2 rounded border border-slate-200 bg-white p-3">
              <h2 className="font-semibold">{labels.slipsTitle}</h2>
              <p className="text-sm">{labels.slipsHelp}</p>
              <form method="post" action="/api/admin/candidates/slips">
                <input type="hidden" name="batchId" value={result.batchId} />
                <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
                  {labels.slipsSubmit}
                </button>
              </form>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
