"use client";

// Opens the browser's print dialog (where "Save as PDF" makes the PDF). Hidden when printing.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-slate-400 bg-white px-3 py-1 hover:bg-slate-100">
      {label}
    </button>
  );
}
