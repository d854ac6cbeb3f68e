// How an analysis figure is shown: the value with fixed decimals, or "—" with the reason it is
// undefined (as a tooltip and as text for screen readers), never 0 or NaN.
import type { Figure } from "@/grading/analytics";
import type { Translate } from "@/i18n";

export const cell = "border border-slate-300 px-2 py-1";
export const num = `${cell} text-right tabular-nums`;

/** The value with `digits` decimals (× `scale`, e.g. 100 for a percentage), or null. */
export function shownValue(f: Figure, digits: number, scale = 1): string | null {
  return f.value === null ? null : (f.value * scale).toFixed(digits);
}

export function reasonText(t: Translate, f: Figure): string {
  return f.reason === null ? "" : `${t("analytics.undefined")}：${t(`analytics.reason.${f.reason}`)}`;
}

/** A table cell with the figure. */
export function FigureCell({ t, f, digits, scale = 1, suffix = "" }: { t: Translate; f: Figure; digits: number; scale?: number; suffix?: string }) {
  const v = shownValue(f, digits, scale);
  if (v !== null)
    return (
      <td className={num}>
        {v}
        {suffix}
      </td>
    );
  const why = reasonText(t, f);
  return (
    <td className={`${num} text-slate-500`} title={why}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{why}</span>
    </td>
  );
}
