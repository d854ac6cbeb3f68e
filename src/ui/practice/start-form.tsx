// A form button that starts a drill (server action), large enough for a finger.
import type { ReactNode } from "react";
import { startDrillAction } from "../../../app/practice/actions";

export function StartDrillButton({
  fields,
  label,
  children,
  variant = "secondary",
  wide = false,
}: {
  fields: Record<string, string>;
  label?: string;
  children: ReactNode;
  variant?: "primary" | "secondary";
  /** Fill the width of its cell (the action cards). */
  wide?: boolean;
}) {
  const style =
    variant === "primary"
      ? "bg-blue-700 text-white hover:bg-blue-800"
      : "border border-blue-700 bg-white text-blue-800 hover:bg-blue-50";
  return (
    <form action={startDrillAction} className={wide ? "contents" : undefined}>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" aria-label={label} className={`min-h-11 min-w-16 rounded-lg px-4 py-2 text-base font-medium ${wide ? "min-h-14 w-full" : ""} ${style}`}>
        {children}
      </button>
    </form>
  );
}
