"use client";

// One question of the exam page: stem, options with large touch targets, the flag and its save state.
import { ItemText } from "../item-text";

export type Item = { versionId: string; number: number; type: "true-false" | "single" | "multiple"; stem: string; options: Array<{ key: string; text: string }> };
export type Answer = { response: string[]; flagged: boolean };

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];

export function ItemCard(props: {
  item: Item;
  total: number;
  answer: Answer;
  disabled: boolean;
  unsaved: boolean;
  savedLabel: string;
  imageSrc: (sha256: string) => string;
  t: (key: string, params?: Record<string, string | number>) => string;
  onChange: (next: Answer) => void;
}) {
  const { item, answer: a, t, imageSrc } = props;
  const name = `q-${item.versionId}`;
  return (
    <fieldset className="space-y-3 rounded border border-slate-200 bg-white p-4" disabled={props.disabled}>
      <legend className="px-1 font-semibold">
        {t("exam.questionOf", { number: item.number, total: props.total })} · {t(`exam.type.${item.type}`)}
      </legend>
      <p className="text-lg">
        <ItemText text={item.stem} imageSrc={imageSrc} imageAlt={t("exam.itemImage")} />
      </p>
      <div className="space-y-2">
        {item.options.map((o, i) => {
          const checked = a.response.includes(o.key);
          const text = <ItemText text={o.text} imageSrc={imageSrc} imageAlt={t("exam.itemImage")} />;
          const label = item.type === "true-false" ? text : (
            <>
              {LETTERS[i]}. {text}
            </>
          );
          return (
            <label key={o.key} className={`flex min-h-12 cursor-pointer items-start gap-3 rounded border px-3 py-3 ${checked ? "border-blue-600 bg-blue-50" : "border-slate-300"}`}>
              <input
                type={item.type === "multiple" ? "checkbox" : "radio"}
                name={name}
                checked={checked}
                onChange={() => {
                  const response = item.type === "multiple" ? (checked ? a.response.filter((k) => k !== o.key) : [...a.response, o.key]) : [o.key];
                  props.onChange({ response, flagged: a.flagged });
                }}
                className="mt-1 size-5 shrink-0"
              />
              <span>{label}</span>
            </label>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={a.flagged} onChange={() => props.onChange({ response: a.response, flagged: !a.flagged })} />
          {t("exam.flag")}
        </label>
        <span aria-live="polite" data-testid={`saved-${item.number}`} className={props.unsaved ? "text-amber-700" : "text-green-800"}>
          {t("exam.question", { number: item.number })}：{props.savedLabel}
        </span>
      </div>
    </fieldset>
  );
}
