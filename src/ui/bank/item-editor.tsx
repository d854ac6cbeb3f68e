"use client";

import { useActionState, useState } from "react";
import type { ItemFormState } from "../../../app/admin/items/actions";
import { ItemText } from "../item-text";

type Option = { key: string; text: string };
export type EditorItem = {
  id?: string;
  type: "true-false" | "single" | "multiple";
  stem: string;
  options: Option[];
  answer: string[];
  levels: string[];
  tracks: string[];
  tagCode: string;
  difficulty: number;
  explanation: string;
  status: string;
  labels: string[];
  /** "secure" | "practice" | "both" (docs/practice.md) */
  use: string;
};
type L = Record<string, string>;

const KEYS = ["A", "B", "C", "D", "E", "F", "G", "H"];
const adminImage = (sha256: string) => `/api/admin/media/${sha256}`;

export function ItemEditor({
  item,
  action,
  labels,
  choices,
}: {
  item: EditorItem;
  action: (p: ItemFormState, f: FormData) => Promise<ItemFormState>;
  labels: L;
  choices: { types: Option[]; levels: Option[]; tracks: Option[]; statuses: Option[]; uses: Option[] };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [type, setType] = useState(item.type);
  const [stem, setStem] = useState(item.stem);
  const [options, setOptions] = useState<Record<string, string>>(Object.fromEntries(KEYS.map((k) => [k, item.options.find((o) => o.key === k)?.text ?? ""])));
  const shown = type === "true-false" ? [{ key: "A", text: "对" }, { key: "B", text: "错" }] : KEYS.filter((k) => options[k]).map((k) => ({ key: k, text: options[k]! }));
  const input = "mt-1 w-full rounded border border-slate-300 px-2 py-1";

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={formAction} className="space-y-3">
        {item.id && <input type="hidden" name="itemId" value={item.id} />}
        <label className="block">
          {labels.type}
          <select name="type" value={type} onChange={(e) => setType(e.target.value as EditorItem["type"])} className={input}>
            {choices.types.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {labels.stem}
          <textarea name="stem" required rows={3} value={stem} onChange={(e) => setStem(e.target.value)} className={input} />
        </label>
        {type !== "true-false" &&
          KEYS.map((k) => (
            <label key={k} className="block">
              {(labels.option ?? "").replace("{key}", k)}
              <input name={`option_${k}`} value={options[k]} onChange={(e) => setOptions({ ...options, [k]: e.target.value })} className={input} />
            </label>
          ))}
        <fieldset>
          <legend>{labels.answer}</legend>
          <div className="flex flex-wrap gap-3">
            {shown.map((o) => (
              <label key={o.key} className="flex items-center gap-1">
                <input type={type === "multiple" ? "checkbox" : "radio"} name="answer" value={o.key} defaultChecked={item.answer.includes(o.key)} />
                {o.key}
                {type === "true-false" ? ` ${o.text}` : ""}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{labels.levels}</legend>
          {choices.levels.map((o) => (
            <label key={o.key} className="mr-3">
              <input type="checkbox" name="levels" value={o.key} defaultChecked={item.levels.includes(o.key)} /> {o.text}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{labels.tracks}</legend>
          {choices.tracks.map((o) => (
            <label key={o.key} className="mr-3">
              <input type="checkbox" name="tracks" value={o.key} defaultChecked={item.tracks.includes(o.key)} /> {o.text}
            </label>
          ))}
        </fieldset>
        <label className="block">
          {labels.tag}
          <input name="tag" defaultValue={item.tagCode} className={input} />
        </label>
        <label className="block">
          {labels.difficulty}
          <input name="difficulty" type="number" min={1} max={5} defaultValue={item.difficulty} className={input} />
        </label>
        <label className="block">
          {labels.explanation}
          <textarea name="explanation" rows={2} defaultValue={item.explanation} className={input} />
        </label>
        <label className="block">
          {labels.status}
          <select name="status" defaultValue={item.status} className={input}>
            {choices.statuses.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {labels.use}
          <select name="use" defaultValue={item.use} className={input}>
            {choices.uses.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {labels.labels}
          <input name="labels" defaultValue={item.labels.join(",")} className={input} />
        </label>
        {state.error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
            {state.error}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {labels.save}
        </button>
      </form>
      <section aria-label={labels.preview} className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-1 font-semibold">{labels.preview}</h2>
        <p className="mb-3 text-xs text-slate-500">{labels.previewHint}</p>
        <p className="mb-3">
          <ItemText text={stem} imageSrc={adminImage} imageAlt={labels.image ?? ""} />
        </p>
        <ul className="space-y-2">
          {shown.map((o) => (
            <li key={o.key} className="rounded border border-slate-300 px-3 py-2">
              {o.key}. <ItemText text={o.text} imageSrc={adminImage} imageAlt={labels.image ?? ""} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
