"use client";

// Parts of the session form (session-editor.tsx): the staff fieldset (proctors per room for a
// theory session, the examiner panel and its chief otherwise) and the outcome of the live check
// and of saving (violations in Chinese with role="alert", or "all rules met").
import type { Dispatch, SetStateAction } from "react";
import { interpolate, type MessageParams } from "@/i18n/interpolate";
import type { Violation } from "@/exam";
import { requiredProctors } from "@/exam/schedule-rules";
import type { EditorOptions, Mode } from "./session-editor";

/** A catalogue template with its parameters filled in ("" for a missing template). */
export const fmt = (template: string | undefined, params: MessageParams) => interpolate(template ?? "", params);

/** `list` with `id` added (once) when `on`, else without it. */
export const toggle = (list: string[], id: string, on: boolean) => (on ? (list.includes(id) ? list : [...list, id]) : list.filter((x) => x !== id));

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";

/** Per chosen room (with how many candidates it holds) the proctors, or the session's examiner panel. */
export function SessionStaffFields({
  mode,
  rooms,
  options,
  proctors,
  setProctors,
  examinerIds,
  setExaminerIds,
  chief,
  setChief,
  panelRequired,
  labels: L,
}: {
  mode: Mode;
  rooms: Array<{ roomId: string; room: EditorOptions["rooms"][number] | undefined; count: number }>;
  options: Pick<EditorOptions, "proctors" | "examiners">;
  proctors: Record<string, string[]>;
  setProctors: Dispatch<SetStateAction<Record<string, string[]>>>;
  examinerIds: string[];
  setExaminerIds: Dispatch<SetStateAction<string[]>>;
  chief: string;
  setChief: (id: string) => void;
  panelRequired: number;
  labels: Record<string, string>;
}) {
  return (
    <fieldset className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">{L["staff"]}</legend>
      {rooms.map(({ roomId, room, count }) => {
        return (
          <div key={roomId} className="space-y-1">
            <h3 className="font-semibold">{fmt(L["roomHeading"], { name: room?.name ?? roomId, count, capacity: room?.capacity ?? 0 })}</h3>
            {mode === "theory" && (
              <fieldset>
                <legend>{fmt(L["proctors"], { required: requiredProctors(count) })}</legend>
                {options.proctors.length === 0 && <p>{L["noProctors"]}</p>}
                <div className="flex flex-wrap gap-x-4">
                  {options.proctors.map((p) => (
                    <label key={p.id} className="flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={(proctors[roomId] ?? []).includes(p.id)}
                        onChange={(e) => setProctors((m) => ({ ...m, [roomId]: toggle(m[roomId] ?? [], p.id, e.target.checked) }))}
                        aria-label={fmt(L["proctorOf"], { room: room?.name ?? roomId, name: p.name })}
                      />
                      {p.name}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </div>
        );
      })}
      {mode !== "theory" && (
        <fieldset className="space-y-2">
          <legend>{mode === "skill" ? fmt(L["examiners"], { required: panelRequired }) : L["reviewers"]}</legend>
          {options.examiners.length === 0 && <p>{L["noExaminers"]}</p>}
          <div className="flex flex-wrap gap-x-4">
            {options.examiners.map((p) => (
              <label key={p.id} className="flex items-center gap-1">
                <input type="checkbox" checked={examinerIds.includes(p.id)} onChange={(e) => setExaminerIds((ids) => toggle(ids, p.id, e.target.checked))} />
                {p.name}
              </label>
            ))}
          </div>
          <label className="block">
            {L["chief"]}
            <select value={chief} onChange={(e) => setChief(e.target.value)} className={input}>
              <option value="">{L["noChief"]}</option>
              {options.examiners
                .filter((p) => examinerIds.includes(p.id))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
        </fieldset>
      )}
    </fieldset>
  );
}

/** The live check's and the save's outcome: checking…, the violations, a problem, or "all rules met". */
export function SessionCheckOutcome({
  checking,
  violations,
  checkProblem,
  problem,
  labels: L,
}: {
  checking: boolean;
  violations: Violation[] | null;
  checkProblem: string | null;
  problem: string | null;
  labels: Record<string, string>;
}) {
  return (
    <>
    {checking && <p className="text-sm text-slate-600">{L["checking"]}</p>}
    {violations && violations.length > 0 && (
      <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
        <p className="font-semibold">{fmt(L["violations"], { count: violations.length })}</p>
        <ul className="list-disc pl-6">
          {violations.map((v, i) => (
            <li key={`${v.rule}-${i}`}>{v.message}</li>
          ))}
        </ul>
      </div>
    )}
    {checkProblem && !problem && <p className="text-amber-800">{checkProblem}</p>}
    {violations && violations.length === 0 && !problem && !checkProblem && (
      <p role="status" className="text-green-800">
        {L["ok"]}
      </p>
    )}
    {problem && (
      <p role="alert" className="text-red-800">
        {problem}
      </p>
    )}
    </>
  );
}
