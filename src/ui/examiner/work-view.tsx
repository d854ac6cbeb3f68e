// The candidate's handed-in work for one task (server component): each deliverable with its
// text or fields as submitted, files shown by kind (image with zoom, video player, PDF in the
// browser, spreadsheets as tables, DOCX as HTML, others to download) and the automatic checks'
// findings as evidence. Used on the examiners' scoring page and in score reviews (成绩复核).
import type { MessageKey, Translate } from "@/i18n";
import type { DeliverableView } from "@/server/skill/examiner/submitted-work";
import type { FilePreview } from "@/server/skill/preview";
import { ZoomImage } from "./zoom-image";

type Work = { status: "none" | "in_progress" | "paused" | "submitted"; deliverables: DeliverableView[] };

function TablePreview({ t, sheets }: { t: Translate; sheets: Extract<FilePreview, { kind: "table" }>["sheets"] }) {
  return (
    <div className="space-y-2">
      {sheets.map((s, k) => (
        <div key={k} className="max-h-96 overflow-auto border">
          <table className="border-collapse text-xs">
            <caption className="text-left font-medium">{t("examiner.work.sheet", { name: s.name })}</caption>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="border px-1" />
                {s.table.columns.map((c) => (
                  <th key={c} scope="col" className="border px-1">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.table.rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row" className="border bg-slate-50 px-1 font-normal">
                    {s.table.rowNumbers?.[i] ?? i + 1}
                  </th>
                  {r.map((cell, j) => (
                    <td key={j} className="border px-1 whitespace-pre">
                      {cell === null ? "" : String(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {s.truncated && <p className="text-xs text-slate-600">{t("examiner.work.truncated")}</p>}
        </div>
      ))}
    </div>
  );
}

function FileView({ t, file, url }: { t: Translate; file: DeliverableView["files"][number]; url: string }) {
  const p = file.preview;
  return (
    <figure className="space-y-1 rounded border border-slate-200 p-2">
      <figcaption className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{file.name}</span>
        <span className="text-slate-600">{t("examiner.work.size", { size: Math.max(1, Math.round(file.size / 1024)) })}</span>
        <a href={url} download={file.name} className="text-blue-700 underline" aria-label={t("examiner.work.download", { name: file.name })}>
          ⬇
        </a>
      </figcaption>
      {p.kind === "image" && <ZoomImage src={url} name={file.name} zoomLabel={t("examiner.work.zoom", { name: file.name })} unzoomLabel={t("examiner.work.unzoom", { name: file.name })} />}
      {p.kind === "video" && (
        <video src={url} controls preload="metadata" className="max-h-96 max-w-full" aria-label={file.name}>
          <track kind="captions" />
        </video>
      )}
      {p.kind === "pdf" && (
        <>
          <iframe src={url} title={file.name} className="h-[32rem] w-full border" />
          <a href={url} target="_blank" rel="noreferrer" className="text-sm text-blue-700 underline">
            {t("examiner.work.open", { name: file.name })}
          </a>
        </>
      )}
      {p.kind === "table" && <TablePreview t={t} sheets={p.sheets} />}
      {/* mammoth's output, sanitized on the server (src/server/skill/preview/docx.ts) */}
      {p.kind === "html" && <div className="prose max-h-[32rem] max-w-none overflow-auto border p-2 text-sm" dangerouslySetInnerHTML={{ __html: p.html }} />}
      {p.kind === "text" && (
        <>
          <pre className="max-h-96 overflow-auto border bg-slate-50 p-2 text-sm whitespace-pre-wrap">{p.text}</pre>
          {p.truncated && <p className="text-xs text-slate-600">{t("examiner.work.textTruncated")}</p>}
        </>
      )}
      {p.kind === "download" && (
        <a href={url} download={file.name} className="text-blue-700 underline">
          {t("examiner.work.download", { name: file.name })}
        </a>
      )}
    </figure>
  );
}

function Answer({ t, d }: { t: Translate; d: DeliverableView }) {
  if (d.kind === "text") {
    if (!d.text) return <p className="text-slate-500">{t("examiner.work.empty")}</p>;
    // Rich text arrives sanitized by the server (safeRichText in src/server/skill/examiner/submitted-work.ts); plain text as is.
    return d.rich ? (
      <div className="prose max-w-none rounded border bg-white p-2" dangerouslySetInnerHTML={{ __html: d.text }} />
    ) : (
      <p className="rounded border bg-white p-2 whitespace-pre-wrap">{d.text}</p>
    );
  }
  if (d.kind === "fields") {
    if (!d.values && !d.rows) return <p className="text-slate-500">{t("examiner.work.empty")}</p>;
    const labels = d.fieldLabels.length ? d.fieldLabels : Object.keys(d.values ?? d.rows?.[0] ?? {}).map((name) => ({ name, label: name }));
    return (
      <div className="space-y-2">
        {d.values && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded border bg-white p-2">
            {labels.map((f) => (
              <div key={f.name} className="contents">
                <dt className="text-slate-600">{f.label}</dt>
                <dd>{d.values![f.name] || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
        {d.rows && (
          <table className="border-collapse text-sm">
            <caption className="sr-only">{d.title}</caption>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="border px-1" />
                {labels.map((f) => (
                  <th key={f.name} scope="col" className="border px-2">
                    {f.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row" className="border px-1 font-normal">
                    {t("examiner.work.row", { n: i + 1 })}
                  </th>
                  {labels.map((f) => (
                    <td key={f.name} className="border px-2">
                      {r[f.name] ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    );
  }
  return null;
}

/** `fileUrl(fileId)`: where the browser fetches a file (behind the access check). */
export function WorkView({ t, work, fileUrl }: { t: Translate; work: Work; fileUrl: (fileId: string) => string }) {
  return (
    <section aria-label={t("examiner.work.title")} className="space-y-3">
      <h2 className="text-xl font-semibold">
        {t("examiner.work.title")}
      </h2>
      {work.status === "none" && <p>{t("examiner.work.none")}</p>}
      {(work.status === "in_progress" || work.status === "paused") && <p className="text-amber-800">{t("examiner.work.notSubmitted")}</p>}
      {work.deliverables.map((d) => (
        <article key={d.id} aria-label={d.title} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <h3 className="font-semibold">{d.title}</h3>
          {d.instructions && <p className="text-sm text-slate-600">{d.instructions}</p>}
          <Answer t={t} d={d} />
          {d.kind === "files" && d.files.length === 0 && <p className="text-slate-500">{t("examiner.work.noFiles")}</p>}
          {d.files.map((f) => (
            <FileView key={f.id} t={t} file={f} url={fileUrl(f.id)} />
          ))}
          {d.checks.length > 0 && (
            <div className="rounded border border-slate-300 bg-white p-2 text-sm">
              <h4 className="font-medium">{t("examiner.work.checks")}</h4>
              <ul className="space-y-1">
                {d.checks.map((c) => {
                  const kind = t(`checks.kind.${c.kind}` as MessageKey);
                  return (
                    <li key={c.index}>
                      <p className={c.passed ? "text-green-800" : "text-red-800"}>
                        {c.passed ? "✓ " : "✗ "}
                        {t(c.passed ? "examiner.work.checkPassed" : "examiner.work.checkFailed", { kind, met: c.met, total: c.total })}
                      </p>
                      <ul className="ml-5 list-disc">
                        {c.findings.map((f, k) => (
                          <li key={k} className={f.ok ? "text-slate-700" : "text-red-800"}>
                            {t(f.key as MessageKey, f.params)}
                          </li>
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
