"use client";

// A file field whose visible text follows the page's language (选择文件 / 未选择文件), not the
// browser's ("Choose File"). The native input stays in the page (visually hidden, focusable) so
// the surrounding <label> names it, keyboard and screen readers use it, and forms post it.
import { useState, useSyncExternalStore } from "react";
import { flowEn } from "@/i18n/messages/flow.en";
import { flowZhCN } from "@/i18n/messages/flow.zh-CN";

const noop = () => () => undefined;

export function FileInput({ name, accept, required, className }: { name: string; accept?: string; required?: boolean; className?: string }) {
  const lang = useSyncExternalStore(noop, () => document.documentElement.lang, () => "zh-CN");
  const m = lang === "en" ? flowEn : flowZhCN;
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <span className={`mt-1 flex flex-wrap items-center gap-2 ${className ?? ""}`}>
      <input
        name={name}
        type="file"
        accept={accept}
        required={required}
        onChange={(e) => setChosen(Array.from(e.target.files ?? []).map((f) => f.name).join("、") || null)}
        className="peer sr-only"
      />
      <span aria-hidden="true" className="inline-flex min-h-10 cursor-pointer items-center rounded border border-slate-400 bg-white px-3 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-blue-700">
        {m["file.choose"]}
      </span>
      <span aria-hidden="true" className="text-sm text-slate-700">
        {chosen ?? m["file.none"]}
      </span>
    </span>
  );
}
