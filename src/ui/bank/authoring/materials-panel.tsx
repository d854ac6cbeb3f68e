"use client";

// The materials of a skill task in the authoring screen (issue 14): the list (title, file name,
// size, type detected from the content) with a download link and a remove button each, and an
// upload form. The file's bytes go to POST /api/admin/tasks/<id>/materials as the request body;
// the server refuses a disallowed type with a message naming the file, shown here as an alert.
import { useRouter } from "next/navigation";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { messageLookup } from "@/i18n/interpolate";
import type { MaterialFormState } from "../../../../app/admin/tasks/actions";

export type MaterialRow = { position: number; title: string; fileId: string; name: string; size: number; mime: string };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function MaterialsPanel({
  taskId,
  materials,
  messages,
  removeAction,
}: {
  taskId: string;
  materials: MaterialRow[];
  messages: Record<string, string>;
  removeAction: (p: MaterialFormState, f: FormData) => Promise<MaterialFormState>;
}) {
  const t = messageLookup(messages);
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [status, setStatus] = useState<{ kind: "busy" | "ok" | "error"; text: string } | null>(null);
  const [removeState, remove, removing] = useActionState(removeAction, {});
  const typeName = (mime: string) => messages[`uploads.mime.${mime}`] ?? mime;

  async function upload(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setStatus({ kind: "error", text: t("authoring.materials.choose") });
    setStatus({ kind: "busy", text: t("authoring.materials.uploading", { name: file.name }) });
    const query = new URLSearchParams({ name: file.name });
    if (title.trim()) query.set("title", title.trim());
    try {
      const response = await fetch(`/api/admin/tasks/${encodeURIComponent(taskId)}/materials?${query}`, { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } });
      const body = (await response.json().catch(() => null)) as { error?: { message?: string }; newVersion?: boolean; version?: number } | null;
      if (!response.ok) return setStatus({ kind: "error", text: t("authoring.materials.failed", { message: body?.error?.message ?? String(response.status) }) });
      const done = t("authoring.materials.uploaded", { name: file.name });
      setStatus({ kind: "ok", text: body?.newVersion ? `${done} ${t("authoring.savedNewVersion", { version: body.version ?? "" })}` : done });
      if (fileInput.current) fileInput.current.value = "";
      setTitle("");
      router.refresh();
    } catch (error) {
      setStatus({ kind: "error", text: t("authoring.materials.failed", { message: error instanceof Error ? error.message : String(error) }) });
    }
  }

  const input = "mt-1 w-full rounded border border-slate-300 px-2 py-1";
  return (
    <section aria-labelledby="materials-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="materials-heading" className="text-lg font-semibold">
        {t("authoring.materials.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("authoring.materials.help")}</p>
      {materials.length === 0 ? (
        <p>{t("authoring.materials.none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("authoring.materials.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("authoring.materials.col.title")}</th>
              <th scope="col">{t("authoring.materials.col.name")}</th>
              <th scope="col">{t("authoring.materials.col.size")}</th>
              <th scope="col">{t("authoring.materials.col.type")}</th>
              <th scope="col">{t("authoring.materials.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {materials.map((m) => (
              <tr key={m.position} className="border-t border-slate-100">
                <td>{m.title}</td>
                <td>{m.name}</td>
                <td>{formatSize(m.size)}</td>
                <td>{typeName(m.mime)}</td>
                <td className="space-x-3">
                  <a className="text-blue-700 underline" href={`/api/files/${encodeURIComponent(m.fileId)}?download=1`} aria-label={t("authoring.materials.download", { title: m.title })}>
                    {t("authoring.materials.download", { title: "" }).trim()}
                  </a>
                  <form action={remove} className="inline">
                    <input type="hidden" name="taskId" value={taskId} />
                    <input type="hidden" name="position" value={m.position} />
                    <button type="submit" disabled={removing} className="text-red-700 underline disabled:opacity-60" aria-label={t("authoring.materials.remove", { title: m.title })}>
                      {t("authoring.materials.remove", { title: "" }).trim()}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removeState.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {removeState.error}
        </p>
      )}
      <form onSubmit={upload} className="space-y-2 border-t border-slate-100 pt-3">
        <label className="block">
          {t("authoring.materials.file")}
          <input ref={fileInput} type="file" name="file" className={input} />
        </label>
        <label className="block">
          {t("authoring.materials.fileTitle")}
          <input value={title} onChange={(e) => setTitle(e.target.value)} className={input} maxLength={200} />
        </label>
        <button type="submit" disabled={status?.kind === "busy"} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {t("authoring.materials.upload")}
        </button>
        {status && (
          <p role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800" : "text-slate-700"}>
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}
