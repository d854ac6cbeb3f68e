"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useState } from "react";

type Line = { at: number; message: string };
type Result = { status: "DONE" | "FAILED"; imported: number; problems: Line[]; duplicates: Line[]; skipped: Array<{ line: number; question: string; type: string; reason: string }> };
type L = Record<"file" | "duplicates" | "skip" | "add" | "submit" | "running" | "done" | "failed" | "problems" | "duplicateList" | "skipped" | "colAt" | "colMessage" | "error", string>;

function Lines({ caption, rows, l }: { caption: string; rows: Line[]; l: L }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100 text-left">
          <th scope="col" className="border px-2 py-1">{l.colAt}</th>
          <th scope="col" className="border px-2 py-1">{l.colMessage}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="border px-2 py-1">{r.at}</td>
            <td className="border px-2 py-1">{r.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `uses`: the import-level 用途 choice applied to every imported item (docs/practice.md). */
export function ItemImport({ labels: l, uses }: { labels: L; uses?: { label: string; options: Array<{ value: string; label: string }> } }) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRunning(true);
    setResult(null);
    setError(null);
    try {
      const response = await fetch("/api/admin/items/import", { method: "POST", body: new FormData(event.currentTarget) });
      const body = await response.json();
      if (response.ok) setResult(body as Result);
      else setError(fill(l.error, { message: body?.error?.message ?? response.statusText }));
    } catch (e) {
      setError(fill(l.error, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setRunning(false);
    }
  }
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3">
        <label className="block">
          <span className="font-medium">{l.file}</span>
          <input name="file" type="file" required accept=".xlsx,.csv,.xml" className="mt-1 block" />
        </label>
        {uses && (
          <label className="block">
            {uses.label}
            <select name="use" defaultValue="secure" className="mt-1 block rounded border border-slate-300 px-2 py-1">
              {uses.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset>
          <legend className="font-medium">{l.duplicates}</legend>
          <label className="mr-4">
            <input type="radio" name="duplicates" value="skip" defaultChecked /> {l.skip}
          </label>
          <label>
            <input type="radio" name="duplicates" value="add" /> {l.add}
          </label>
        </fieldset>
        <button type="submit" disabled={running} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {running ? l.running : l.submit}
        </button>
        {running && <progress aria-label={l.running} className="block w-full" />}
      </form>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {result && (
        <div className="space-y-4">
          <p role="status" className={result.status === "DONE" ? "rounded bg-green-50 px-3 py-2" : "rounded bg-red-50 px-3 py-2"}>
            {result.status === "DONE" ? fill(l.done, { imported: result.imported }) : fill(l.failed, { count: result.problems.length })}
          </p>
          {result.problems.length > 0 && <Lines caption={l.problems} rows={result.problems} l={l} />}
          {result.duplicates.length > 0 && <Lines caption={l.duplicateList} rows={result.duplicates} l={l} />}
          {result.skipped.length > 0 && (
            <Lines caption={l.skipped} rows={result.skipped.map((s) => ({ at: s.line, message: `“${s.question}”（${s.type}）：${s.reason}` }))} l={l} />
          )}
        </div>
      )}
    </div>
  );
}
