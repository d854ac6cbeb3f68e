"use client";

// Item import in two steps: a preview of exactly what would be written (per type, column mapping,
// ignored columns, refused/skipped rows with reasons, content not kept, the first items as the
// candidate sees them), then the import itself, all-or-nothing or valid rows only.
import { interpolate as fill } from "@/i18n/interpolate";
import { useRef, useState } from "react";
import { TwoColumnTable } from "../imports/two-column-table";
import { ItemText } from "../item-text";
import { newBatchId } from "../new-batch-id";
import { FileInput } from "@/ui/forms/file-input";

type Line = { at: string; message: string };
type PreviewItem = { at: string; type: "true-false" | "single" | "multiple"; stem: string; options: Array<{ key: string; text: string }>; answer: string[]; explanation: string; status: string };
type Preview = {
  format: string;
  counts: Record<"true-false" | "single" | "multiple", number>;
  valid: number;
  refused: number;
  mapping: Array<{ from: string; to: string }>;
  ignoredColumns: string[];
  notices: string[];
  problems: Line[];
  skipped: Line[];
  lost: Line[];
  duplicates: Line[];
  willWrite: { "all-or-nothing": number; "valid-only": number };
  sample: PreviewItem[];
  images: Record<string, string>;
};
type Result = { status: "DONE" | "FAILED"; imported: number; refused: number; problems: Line[]; duplicates: Line[]; skipped: Line[]; lost: Line[]; total: number };
type L = Record<string, string>;


function Lines({ caption, rows, l }: { caption: string; rows: Line[]; l: L }) {
  return <TwoColumnTable caption={caption} headers={[l["itemImport.col.at"]!, l["itemImport.col.message"]!]} rows={rows.map((r) => [r.at, r.message])} />;
}

/** `uses`: the import-level 用途 choice applied to every imported item (docs/practice.md). */
export function ItemImport({
  labels: l,
  typeNames,
  uses,
}: {
  labels: L;
  typeNames: Record<string, string>;
  uses?: { label: string; options: Array<{ value: string; label: string }> };
}) {
  const form = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<"file" | "text">("file");
  const [mode, setMode] = useState<"all-or-nothing" | "valid-only">("all-or-nothing");
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setPreview(null);
    setResult(null);
    setError(null);
  };
  const body = () => {
    const data = new FormData(form.current!);
    if (source === "file") data.delete("text");
    else data.delete("file");
    return data;
  };
  async function post<T>(url: string, data: FormData): Promise<T | null> {
    try {
      const response = await fetch(url, { method: "POST", body: data });
      const json = await response.json();
      if (response.ok) return json as T;
      setError(fill(l["itemImport.error"]!, { message: json?.error?.message ?? response.statusText }));
    } catch (e) {
      setError(fill(l["itemImport.error"]!, { message: e instanceof Error ? e.message : String(e) }));
    }
    return null;
  }
  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    setBusy("preview");
    setPreview(await post<Preview>("/api/admin/items/import/preview", body()));
    setBusy(null);
  }
  async function onImport() {
    const data = body();
    const batchId = newBatchId();
    data.set("batchId", batchId);
    data.set("mode", mode);
    setBusy("import");
    setError(null);
    const timer = setInterval(async () => {
      const r = await fetch(`/api/admin/imports/${batchId}`, { cache: "no-store" });
      if (r.ok) setProgress((await r.json()) as { processed: number; total: number });
    }, 500);
    const r = await post<Result>("/api/admin/items/import", data);
    clearInterval(timer);
    if (r) {
      setResult(r);
      setProgress({ processed: r.total, total: r.total });
      // Written: the preview is done with (importing it again would only find duplicates).
      if (r.status === "DONE") setPreview(null);
    }
    setBusy(null);
  }

  const img = (sha: string) => preview?.images[sha] ?? "";
  return (
    <div className="space-y-6">
      <form ref={form} onSubmit={onPreview} onChange={() => preview && reset()} className="space-y-3">
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
          <legend className="font-medium">{l["itemImport.source"]}</legend>
          {(["file", "text"] as const).map((s) => (
            <label key={s} className="mr-4">
              <input type="radio" name="source" value={s} checked={source === s} onChange={() => setSource(s)} /> {l[`itemImport.source.${s}`]}
            </label>
          ))}
        </fieldset>
        {source === "file" ? (
          <label className="block">
            <span className="font-medium">{l["itemImport.file"]}</span>
            <FileInput name="file" required accept=".xlsx,.csv,.txt,.xml,.docx,.gift" />
          </label>
        ) : (
          <label className="block">
            <span className="font-medium">{l["itemImport.text"]}</span>
            <textarea name="text" required rows={12} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm" />
          </label>
        )}
        <fieldset>
          <legend className="font-medium">{l["itemImport.duplicates"]}</legend>
          <label className="mr-4">
            <input type="radio" name="duplicates" value="skip" defaultChecked /> {l["itemImport.duplicates.skip"]}
          </label>
          <label>
            <input type="radio" name="duplicates" value="add" /> {l["itemImport.duplicates.add"]}
          </label>
        </fieldset>
        <button type="submit" disabled={busy !== null} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {busy === "preview" ? l["itemImport.previewing"] : l["itemImport.preview"]}
        </button>
      </form>

      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}

      {preview && (
        <section aria-labelledby="preview-title" className="space-y-4 rounded border border-slate-200 bg-white p-4">
          <h2 id="preview-title" className="text-xl font-semibold">
            {l["itemImport.previewTitle"]}
          </h2>
          <p>
            {fill(l["itemImport.summary"]!, {
              format: preview.format,
              valid: preview.valid,
              tf: preview.counts["true-false"],
              single: preview.counts.single,
              multiple: preview.counts.multiple,
              refused: preview.refused,
              skipped: preview.skipped.length,
              duplicates: preview.duplicates.length,
            })}
          </p>
          <p className="font-medium">{fill(l["itemImport.willWrite"]!, { all: preview.willWrite["all-or-nothing"], valid: preview.willWrite["valid-only"] })}</p>
          {preview.ignoredColumns.length > 0 && <p>{fill(l["itemImport.ignoredColumns"]!, { columns: preview.ignoredColumns.join("、") })}</p>}
          <TwoColumnTable caption={l["itemImport.mapping"]!} headers={[l["itemImport.mapping.from"]!, l["itemImport.mapping.to"]!]} rows={preview.mapping.map((m) => [m.from, m.to])} />
          {preview.notices.length > 0 && (
            <div>
              <h3 className="font-semibold">{l["itemImport.notices"]}</h3>
              <ul className="list-disc pl-6 text-sm">
                {preview.notices.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          <Lines caption={l["itemImport.problems"]!} rows={preview.problems} l={l} />
          <Lines caption={l["itemImport.skipped"]!} rows={preview.skipped} l={l} />
          <Lines caption={l["itemImport.lost"]!} rows={preview.lost} l={l} />
          <Lines caption={l["itemImport.duplicateList"]!} rows={preview.duplicates} l={l} />
          {preview.sample.length > 0 && (
            <div className="space-y-2">
              <h3 className="font-semibold">{fill(l["itemImport.sample"]!, { count: preview.sample.length })}</h3>
              <ol className="space-y-3">
                {preview.sample.map((item, i) => (
                  <li key={i} aria-label={item.at} className="rounded border border-slate-200 p-3">
                    <p className="text-xs text-slate-500">
                      {item.at} · {typeNames[item.type]} {item.status === "draft" ? l["itemImport.sample.draft"] : ""}
                    </p>
                    <p className="text-lg">
                      <ItemText text={item.stem} imageSrc={img} imageAlt={l["exam.itemImage"]!} />
                    </p>
                    <ul className="mt-2 space-y-1">
                      {item.options.map((o) => (
                        <li key={o.key} className="rounded border border-slate-300 px-3 py-1">
                          {item.type === "true-false" ? "" : `${o.key}. `}
                          <ItemText text={o.text} imageSrc={img} imageAlt={l["exam.itemImage"]!} />
                        </li>
                      ))}
                    </ul>
                    <p className="mt-2 text-sm text-green-900">
                      {fill(l["itemImport.sample.answer"]!, {
                        answer: item.type === "true-false" ? (item.options.find((o) => o.key === item.answer[0])?.text ?? "") : item.answer.join(""),
                      })}
                    </p>
                    {item.explanation && <p className="text-sm">{fill(l["itemImport.sample.explanation"]!, { text: item.explanation })}</p>}
                  </li>
                ))}
              </ol>
            </div>
          )}
          <fieldset>
            <legend className="font-medium">{l["itemImport.mode"]}</legend>
            {(["all-or-nothing", "valid-only"] as const).map((m) => (
              <label key={m} className="block">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {l[m === "all-or-nothing" ? "itemImport.mode.all" : "itemImport.mode.valid"]}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => void onImport()} disabled={busy !== null} className="rounded bg-green-700 px-4 py-2 text-white disabled:opacity-60">
            {busy === "import" ? l["itemImport.running"] : l["itemImport.submit"]}
          </button>
          {(busy === "import" || progress) && <progress aria-label={l["itemImport.progress"]} max={progress?.total || 1} value={progress?.processed ?? 0} className="block w-full" />}
        </section>
      )}

      {result && (
        <section className="space-y-4">
          <p role="status" className={result.status === "DONE" ? "rounded bg-green-50 px-3 py-2" : "rounded bg-red-50 px-3 py-2"}>
            {result.status === "DONE"
              ? fill(l["itemImport.done"]!, {
                  imported: result.imported,
                  notImported: result.total - result.imported,
                  refused: result.refused,
                  duplicates: result.duplicates.length,
                  skipped: result.skipped.length,
                })
              : fill(l["itemImport.failed"]!, { refused: result.refused })}
          </p>
          <Lines caption={l["itemImport.problems"]!} rows={result.problems} l={l} />
          <Lines caption={l["itemImport.skipped"]!} rows={result.skipped} l={l} />
          <Lines caption={l["itemImport.lost"]!} rows={result.lost} l={l} />
          <Lines caption={l["itemImport.duplicateList"]!} rows={result.duplicates} l={l} />
        </section>
      )}
    </div>
  );
}
