"use client";

// An image of the handed-in work: fitted to the column, a button toggles its natural size
// (scrollable) so that the examiner can look at details such as 800×800 pixels.
import { useState } from "react";

export function ZoomImage({ src, name, zoomLabel, unzoomLabel }: { src: string; name: string; zoomLabel: string; unzoomLabel: string }) {
  const [zoomed, setZoomed] = useState(false);
  return (
    <div className="space-y-1">
      <button type="button" onClick={() => setZoomed((z) => !z)} aria-pressed={zoomed} className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100">
        {zoomed ? unzoomLabel : zoomLabel}
      </button>
      {/* A private file behind an access check, not an optimizable asset: a plain img. */}
      <div className={zoomed ? "max-h-[80vh] overflow-auto border" : ""}>
        <img src={src} alt={name} className={zoomed ? "max-w-none" : "max-h-96 max-w-full cursor-zoom-in"} onClick={() => setZoomed((z) => !z)} />
      </div>
    </div>
  );
}
