"use client";

// The session form: basics, rooms, candidates (only schedulable ones of the level and track),
// auto-assign, then per room the candidates and proctors (theory) or the examiner panel (skill).
// Every change is checked live on the server with the same checkSession as on save; the
// violations are listed in Chinese (role="alert"). Saving is refused with the same list.
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { AutoAssignProposal, Violation } from "@/exam";
import { minMinutes, requiredExaminers } from "@/exam/schedule-rules";
import { fmt, SessionCheckOutcome, SessionStaffFields, toggle } from "./session-editor-parts";

export type Mode = "theory" | "skill" | "review";
type Opt = { key: string; text: string };
export type EditorOptions = {
  rooms: Array<{ id: string; name: string; kind: string; kindName: string; capacity: number }>;
  candidates: Array<{ id: string; name: string; ticketNumber: string; level: string; track: string }>;
  proctors: Array<{ id: string; name: string; username: string }>;
  examiners: Array<{ id: string; name: string; username: string }>;
  papers: Array<{ value: string; name: string; level: string; track: string; kind: "theory" | "skill" }>;
};
export type EditorInitial = {
  name: string;
  mode: Mode;
  level: string;
  track: string;
  startsAt: string;
  minutes: number;
  paper: string;
  rooms: Array<{ roomId: string; candidateIds: string[]; proctorIds: string[] }>;
  examinerIds: string[];
  chiefExaminerId: string;
};
type EditorResult = { violations: Violation[]; error?: string };
type Props = {
  sessionId: string | null;
  initial: EditorInitial;
  options: EditorOptions;
  modes: Opt[];
  levels: Opt[];
  tracks: Opt[];
  labels: Record<string, string>;
  checkAction: (payload: unknown, sessionId: string | null) => Promise<EditorResult>;
  autoAssignAction: (payload: unknown) => Promise<{ proposal?: AutoAssignProposal; error?: string }>;
  saveAction: (payload: unknown, sessionId: string | null) => Promise<EditorResult>;
};


export function SessionEditor({ sessionId, initial, options, modes, levels, tracks, labels: L, checkAction, autoAssignAction, saveAction }: Props) {
  const [name, setName] = useState(initial.name);
  const [mode, setMode] = useState<Mode>(initial.mode);
  const [level, setLevel] = useState(initial.level);
  const [track, setTrack] = useState(initial.track);
  // Typed as 年-月-日 时:分 (a text field, so no browser-language date picker); sent as YYYY-MM-DDTHH:mm.
  const [startsAtText, setStartsAt] = useState(initial.startsAt.replace("T", " "));
  const startsAt = startsAtText.trim().replace(/\s+/, "T");
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [paper, setPaper] = useState(initial.paper);
  const [roomIds, setRoomIds] = useState<string[]>(initial.rooms.map((r) => r.roomId));
  const [candidateIds, setCandidateIds] = useState<string[]>(initial.rooms.flatMap((r) => r.candidateIds));
  const [roomOf, setRoomOf] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.rooms.flatMap((r) => r.candidateIds.map((c) => [c, r.roomId]))),
  );
  const [proctors, setProctors] = useState<Record<string, string[]>>(() => Object.fromEntries(initial.rooms.map((r) => [r.roomId, r.proctorIds])));
  const [examinerIds, setExaminerIds] = useState<string[]>(initial.examinerIds);
  const [chief, setChief] = useState(initial.chiefExaminerId);

  const [violations, setViolations] = useState<Violation[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null); // why saving failed (not a rule)
  const [checkProblem, setCheckProblem] = useState<string | null>(null); // why the live check could not run
  const [shortages, setShortages] = useState<string[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, startSaving] = useTransition();
  const [assigning, startAssigning] = useTransition();

  const roomById = useMemo(() => new Map(options.rooms.map((r) => [r.id, r])), [options.rooms]);
  const listed = useMemo(() => options.candidates.filter((c) => c.level === level && c.track === track), [options.candidates, level, track]);
  const candidateById = useMemo(() => new Map(options.candidates.map((c) => [c.id, c])), [options.candidates]);

  const payload = useMemo(
    () => ({
      name: name.trim() || "—",
      mode,
      level,
      track,
      startsAt,
      minutes,
      paper: paper || undefined,
      rooms: roomIds.map((roomId) => ({
        roomId,
        candidateIds: candidateIds.filter((c) => roomOf[c] === roomId),
        proctorIds: mode === "theory" ? (proctors[roomId] ?? []) : [],
      })),
      examinerIds: mode === "theory" ? [] : examinerIds,
      ...(mode !== "theory" && chief ? { chiefExaminerId: chief } : {}),
    }),
    [name, mode, level, track, startsAt, minutes, paper, roomIds, candidateIds, roomOf, proctors, examinerIds, chief],
  );
  const unassigned = candidateIds.filter((c) => !roomOf[c] || !roomIds.includes(roomOf[c]!)).length;

  // Live check: the server's checkSession on every change (debounced; stale answers ignored).
  const seq = useRef(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      setChecking(true);
      checkAction(JSON.parse(key), sessionId).then(
        (r) => {
          if (mine !== seq.current) return;
          setChecking(false);
          setViolations(r.error ? null : r.violations);
          setCheckProblem(r.error ? fmt(L["checkError"], { message: r.error }) : null);
        },
        () => mine === seq.current && setChecking(false),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [key, checkAction, sessionId, L]);

  const changeLevelTrack = (nextLevel: string, nextTrack: string) => {
    setLevel(nextLevel);
    setTrack(nextTrack);
    setCandidateIds((ids) => ids.filter((id) => {
      const c = candidateById.get(id);
      return c?.level === nextLevel && c.track === nextTrack;
    }));
    setPaper("");
  };
  const setRoomChecked = (id: string, on: boolean) => {
    setRoomIds((ids) => toggle(ids, id, on));
    if (on) setRoomOf((m) => ({ ...Object.fromEntries(candidateIds.filter((c) => !m[c] || !roomIds.includes(m[c]!)).map((c) => [c, id])), ...Object.fromEntries(Object.entries(m).filter(([, r]) => roomIds.includes(r))) }));
  };
  const setCandidateChecked = (id: string, on: boolean) => {
    setCandidateIds((ids) => toggle(ids, id, on));
    if (on && (!roomOf[id] || !roomIds.includes(roomOf[id]!)) && roomIds[0]) setRoomOf((m) => ({ ...m, [id]: roomIds[0]! }));
  };
  const selectAll = (on: boolean) => {
    const ids = listed.map((c) => c.id);
    setCandidateIds(on ? ids : []);
    if (on && roomIds[0]) setRoomOf((m) => ({ ...Object.fromEntries(ids.map((c) => [c, roomIds[0]!])), ...Object.fromEntries(Object.entries(m).filter(([, r]) => roomIds.includes(r))) }));
  };

  const autoAssign = () =>
    startAssigning(async () => {
      const r = await autoAssignAction({ mode, level, track, startsAt, minutes, candidateIds, roomIds, ...(sessionId ? { sessionId } : {}) });
      if (r.error || !r.proposal) {
        setCheckProblem(fmt(L["checkError"], { message: r.error ?? "" }));
        return;
      }
      const p = r.proposal;
      setRoomIds(p.rooms.map((x) => x.roomId));
      setRoomOf(Object.fromEntries(p.rooms.flatMap((x) => x.candidateIds.map((c) => [c, x.roomId]))));
      setCandidateIds([...p.rooms.flatMap((x) => x.candidateIds), ...p.unassignedCandidateIds]);
      setProctors(Object.fromEntries(p.rooms.map((x) => [x.roomId, x.proctorIds])));
      setExaminerIds(p.examinerIds);
      setChief(p.examinerIds[0] ?? "");
      setShortages(p.shortages);
    });

  const save = () =>
    startSaving(async () => {
      const r = await saveAction({ ...payload, name }, sessionId);
      if (r.error) setProblem(fmt(L["error"], { message: r.error }));
      else setProblem(null);
      setViolations(r.violations);
    });

  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  const paperChoices = options.papers.filter((p) => p.level === level && p.track === track && (mode === "theory" ? p.kind === "theory" : p.kind === "skill"));
  const panelRequired = requiredExaminers(candidateIds.length);

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{L["basics"]}</legend>
        <label className="sm:col-span-2">
          {L["name"]}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} className={input} />
        </label>
        <label>
          {L["mode"]}
          <select value={mode} onChange={(e) => setMode(e.target.value as Mode)} className={input}>
            {modes.map((m) => (
              <option key={m.key} value={m.key}>
                {m.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L["level"]}
          <select value={level} onChange={(e) => changeLevelTrack(e.target.value, track)} className={input}>
            {levels.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L["track"]}
          <select value={track} onChange={(e) => changeLevelTrack(level, e.target.value)} className={input}>
            {tracks.map((o) => (
              <option key={o.key} value={o.key}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L["startsAt"]}
          <input
            type="text"
            inputMode="numeric"
            value={startsAtText}
            onChange={(e) => setStartsAt(e.target.value)}
            required
            pattern="\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}"
            placeholder="2026-12-01 09:00"
            aria-describedby="starts-hint"
            className={input}
          />
          <span id="starts-hint" className="text-sm text-slate-600">
            {L["startsAtHint"]}
          </span>
        </label>
        <label>
          {L["minutes"]}
          <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} required aria-describedby="minutes-hint" className={input} />
          <span id="minutes-hint" className="text-sm text-slate-600">
            {fmt(L["minutesHint"], { min: minMinutes(mode) })}
          </span>
        </label>
        <label>
          {mode === "theory" ? L["paper"] : L["plan"]}
          <select value={paper} onChange={(e) => setPaper(e.target.value)} className={input}>
            <option value="">{L["noPaper"]}</option>
            {paperChoices.map((p) => (
              <option key={p.value} value={p.value}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{L["rooms"]}</legend>
        <p className="text-sm text-slate-600">{L["roomsHint"]}</p>
        {options.rooms.length === 0 && <p>{L["noRooms"]}</p>}
        <div className="grid gap-1 sm:grid-cols-2">
          {options.rooms.map((r) => (
            <label key={r.id} className="flex items-center gap-2">
              <input type="checkbox" checked={roomIds.includes(r.id)} onChange={(e) => setRoomChecked(r.id, e.target.checked)} />
              {fmt(L["roomOption"], { name: r.name, kind: r.kindName, capacity: r.capacity })}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{L["candidates"]}</legend>
        <p className="text-sm text-slate-600">{L["candidatesHint"]}</p>
        <p>{fmt(L["candidatesCount"], { total: listed.length, selected: candidateIds.length })}</p>
        {listed.length === 0 ? (
          <p>{L["noCandidates"]}</p>
        ) : (
          <>
            <div className="flex gap-2">
              <button type="button" onClick={() => selectAll(true)} className="rounded border border-slate-300 px-2 py-1 text-sm">
                {L["selectAll"]}
              </button>
              <button type="button" onClick={() => selectAll(false)} className="rounded border border-slate-300 px-2 py-1 text-sm">
                {L["selectNone"]}
              </button>
            </div>
            <ul className="max-h-96 space-y-1 overflow-y-auto">
              {listed.map((c) => {
                const on = candidateIds.includes(c.id);
                return (
                  <li key={c.id} className="flex flex-wrap items-center gap-3">
                    <label className="flex items-center gap-2">
                      <input type="checkbox" checked={on} onChange={(e) => setCandidateChecked(c.id, e.target.checked)} aria-label={fmt(L["pick"], { name: c.name, ticket: c.ticketNumber })} />
                      <span>
                        {c.name} <span className="font-mono text-sm text-slate-600">{c.ticketNumber}</span>
                      </span>
                    </label>
                    {on && (
                      <select
                        aria-label={fmt(L["roomOf"], { name: c.name })}
                        value={roomOf[c.id] && roomIds.includes(roomOf[c.id]!) ? roomOf[c.id] : ""}
                        onChange={(e) => setRoomOf((m) => ({ ...m, [c.id]: e.target.value }))}
                        className="rounded border border-slate-300 px-1 py-0.5 text-sm"
                      >
                        <option value="">{L["unassigned"]}</option>
                        {roomIds.map((id) => (
                          <option key={id} value={id}>
                            {roomById.get(id)?.name ?? id}
                          </option>
                        ))}
                      </select>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {unassigned > 0 && <p className="text-amber-800">{fmt(L["unassignedWarning"], { count: unassigned })}</p>}
        <div className="space-y-1">
          <button type="button" onClick={autoAssign} disabled={assigning} className="rounded border border-blue-700 px-3 py-1.5 text-blue-800 disabled:opacity-60">
            {assigning ? L["autoAssigning"] : L["autoAssign"]}
          </button>
          <p className="text-sm text-slate-600">{L["autoAssignHint"]}</p>
          {shortages && (
            <div role="status">
              {shortages.length === 0 ? (
                <p>{L["assigned"]}</p>
              ) : (
                <>
                  <p>{L["shortages"]}</p>
                  <ul className="list-disc pl-6">
                    {shortages.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      </fieldset>

      <SessionStaffFields
        mode={mode}
        rooms={roomIds.map((roomId) => ({ roomId, room: roomById.get(roomId), count: candidateIds.filter((c) => roomOf[c] === roomId).length }))}
        options={options}
        proctors={proctors}
        setProctors={setProctors}
        examinerIds={examinerIds}
        setExaminerIds={setExaminerIds}
        chief={chief}
        setChief={setChief}
        panelRequired={panelRequired}
        labels={L}
      />

      <div className="space-y-2">
        <SessionCheckOutcome checking={checking} violations={violations} checkProblem={checkProblem} problem={problem} labels={L} />
        <button type="submit" disabled={saving} className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60">
          {saving ? L["saving"] : L["save"]}
        </button>
      </div>
    </form>
  );
}
