// An item text (stem, option, explanation) as it is shown: text with its line breaks, and the
// images its markers name, loaded from `imageSrc(sha256)` (the candidate's own attempt route, the
// admin route, or a preview's data: URL). Usable from server and client components.
import { splitItemText } from "@/exam/item-text";

export function ItemText({ text, imageSrc, imageAlt, className }: { text: string; imageSrc: (sha256: string) => string; imageAlt: string; className?: string }) {
  return (
    <span className={`whitespace-pre-wrap ${className ?? ""}`}>
      {splitItemText(text).map((part, i) => {
        if (!("image" in part)) return <span key={i}>{part.text}</span>;
        const src = imageSrc(part.image);
        // No source (e.g. an image left out of a preview): its label, never an empty src.
        return src ? <img key={i} src={src} alt={imageAlt} className="my-1 inline-block h-auto max-h-80 max-w-full align-middle" /> : <span key={i}>[{imageAlt}]</span>;
      })}
    </span>
  );
}

/** A one-line summary of an item text for lists: images shown as a short label. */
export function itemTextSummary(text: string, imageLabel: string, max = 60): string {
  const flat = splitItemText(text)
    .map((p) => ("image" in p ? `[${imageLabel}]` : p.text))
    .join("")
    .replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
