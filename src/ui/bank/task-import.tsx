"use client";

import { interpolate as fill } from "@/i18n/interpolate";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileInput } from "@/ui/forms/file-input";

type L = Record<"file" | "submit" | "done" | "error" | "problems", string>;

export function TaskImportForm({ labels: l }: { labels: L }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await fetch("/api/admin/tasks/import", { method: "POST", body: new FormData(event.currentTarget) });
    const body = await response.json();
    if (!response.ok && !Array.isArray(body?.problems)) {
      setMessage(fill(l.error, { message: body?.error?.message ?? response.statusText }));
      setProblems([]);
      return;
    }
    setProblems(body.problems);
    setMessage(body.problems.length ? null : fill(l.done, { imported: body.imported }));
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <label className="block">
        {l.file}
        <FileInput name="file" accept=".json,application/json" required />
      </label>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1">
        {l.submit}
      </button>
      {message && <p role="status">{message}</p>}
      {problems.length > 0 && (
        <div role="alert">
          <p className="font-semibold">{l.problems}</p>
          <ul className="list-disc pl-6 text-sm">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
