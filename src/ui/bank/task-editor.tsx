"use client";

import { useActionState } from "react";
import type { TaskFormState } from "../../../app/admin/tasks/actions";

type Opt = { key: string; text: string };
export type EditorTask = {
  id?: string;
  title: string;
  level: string;
  tracks: string[];
  duty: string;
  skills: string;
  instructions: string;
  materials: string;
  minutes: number;
  points: number;
  rubric: string;
  status: string;
};

export function TaskEditor({
  task,
  loaded,
  action,
  labels,
  choices,
}: {
  task: EditorTask;
  /** Editing: the version id and revision the page loaded, sent back so a stale save is refused. */
  loaded?: { versionId: string; revision: number };
  action: (p: TaskFormState, f: FormData) => Promise<TaskFormState>;
  labels: Record<string, string>;
  choices: { levels: Opt[]; tracks: Opt[]; duties: Opt[]; statuses: Opt[] };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const input = "mt-1 w-full rounded border border-slate-300 px-2 py-1";
  const select = (name: string, value: string, opts: Opt[], label?: string) => (
    <label className="block">
      {label}
      <select name={name} defaultValue={value} className={input}>
        {opts.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form action={formAction} className="max-w-3xl space-y-3">
      {task.id && <input type="hidden" name="taskId" value={task.id} />}
      {loaded && <input type="hidden" name="versionId" value={loaded.versionId} />}
      {loaded && <input type="hidden" name="revision" value={loaded.revision} />}
      <label className="block">
        {labels.title}
        <input name="title" required defaultValue={task.title} className={input} />
      </label>
      {select("level", task.level, choices.levels, labels.level)}
      <fieldset>
        <legend>{labels.tracks}</legend>
        {choices.tracks.map((o) => (
          <label key={o.key} className="mr-3">
            <input type="checkbox" name="tracks" value={o.key} defaultChecked={task.tracks.includes(o.key)} /> {o.text}
          </label>
        ))}
      </fieldset>
      {select("duty", task.duty, choices.duties, labels.duty)}
      <label className="block">
        {labels.skills}
        <input name="skills" defaultValue={task.skills} className={input} />
      </label>
      <label className="block">
        {labels.instructions}
        <textarea name="instructions" rows={5} defaultValue={task.instructions} className={input} />
      </label>
      <label className="block">
        {labels.materials}
        <textarea name="materials" rows={3} defaultValue={task.materials} className={input} />
      </label>
      <label className="block">
        {labels.minutes}
        <input name="minutes" type="number" min={1} defaultValue={task.minutes} className={input} />
      </label>
      <label className="block">
        {labels.points}
        <input name="points" type="number" min={1} max={100} defaultValue={task.points} className={input} />
      </label>
      <label className="block">
        {labels.rubric}
        <textarea name="rubric" rows={5} defaultValue={task.rubric} className={input} />
      </label>
      {select("status", task.status, choices.statuses, labels.status)}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
        {labels.save}
      </button>
    </form>
  );
}
