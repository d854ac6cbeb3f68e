"use client";

// The exam page's text size control: scales the root font size (every rem-sized text, control and
// touch target grows with it), remembered on this computer, restored when the page is left.
import { useEffect, useState } from "react";

const SIZES = { normal: "100%", large: "118.75%", xlarge: "137.5%" } as const;
type Size = keyof typeof SIZES;
const KEY = "exam-text-size";

export function TextSize({ label, names }: { label: string; names: Record<Size, string> }) {
  // Rendered only in the browser (the exam page loads its paper first), so storage is readable here.
  const [size, setSize] = useState<Size>(() => {
    const saved = typeof window === "undefined" ? null : window.localStorage.getItem(KEY);
    return saved && saved in SIZES ? (saved as Size) : "normal";
  });

  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = SIZES[size];
    return () => {
      root.style.fontSize = before;
    };
  }, [size]);

  return (
    <div role="group" aria-label={label} className="flex items-center gap-1">
      <span aria-hidden="true" className="text-sm">
        {label}
      </span>
      {(Object.keys(SIZES) as Size[]).map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={size === s}
          onClick={() => {
            setSize(s);
            window.localStorage.setItem(KEY, s);
          }}
          className={`min-h-11 min-w-11 rounded border px-2 ${size === s ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {names[s]}
        </button>
      ))}
    </div>
  );
}
