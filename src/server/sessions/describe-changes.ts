// What changed in a session, as one Chinese line per change (old → new), for the change log of
// published sessions. Pure given the two snapshots and the names.
import { levelName, modeName, trackName } from "@/exam";
import type { LevelCode, TrackCode } from "@/standard";
import { toShanghaiLocal } from "./session-input";

export type SessionSnapshot = {
  name: string;
  mode: "theory" | "skill" | "review";
  level: LevelCode;
  track: TrackCode;
  startsAt: Date;
  minutes: number;
  paper: string;
  /** In room order; candidates in seat order. */
  rooms: Array<{ roomId: string; candidateIds: string[]; proctorIds: string[] }>;
  examinerIds: string[];
  chiefExaminerId?: string;
};

export type Names = {
  room: (id: string) => string;
  person: (id: string) => string;
  candidate: (id: string) => string;
  paper: (choice: string) => string;
};

export type Change = { summary: string; details: Record<string, unknown> };

const time = (d: Date) => toShanghaiLocal(d).replace("T", " ");

export function describeChanges(before: SessionSnapshot, after: SessionSnapshot, names: Names): Change[] {
  const out: Change[] = [];
  const field = (key: string, label: string, a: string, b: string) => {
    if (a !== b) out.push({ summary: `${label}：${a} → ${b}`, details: { field: key, old: a, new: b } });
  };
  field("name", "场次名称", before.name, after.name);
  field("mode", "考核方式", modeName(before.mode), modeName(after.mode));
  field("level", "等级", levelName(before.level), levelName(after.level));
  field("track", "工种", trackName(before.track), trackName(after.track));
  field("startsAt", "开考时间（北京时间）", time(before.startsAt), time(after.startsAt));
  field("minutes", "考试时长", `${before.minutes} 分钟`, `${after.minutes} 分钟`);
  field("paper", "试卷/考核方案", names.paper(before.paper), names.paper(after.paper));

  const roomsA = new Map(before.rooms.map((r) => [r.roomId, r]));
  const roomsB = new Map(after.rooms.map((r) => [r.roomId, r]));
  for (const id of roomsB.keys())
    if (!roomsA.has(id)) out.push({ summary: `增加考场「${names.room(id)}」`, details: { field: "room", added: id } });
  for (const id of roomsA.keys())
    if (!roomsB.has(id)) out.push({ summary: `撤除考场「${names.room(id)}」`, details: { field: "room", removed: id } });

  const seatOf = (s: SessionSnapshot) => {
    const m = new Map<string, { roomId: string; seat: number }>();
    for (const r of s.rooms) r.candidateIds.forEach((c, i) => m.set(c, { roomId: r.roomId, seat: i + 1 }));
    return m;
  };
  const seatsA = seatOf(before);
  const seatsB = seatOf(after);
  const where = (p: { roomId: string; seat: number }) => `考场「${names.room(p.roomId)}」${p.seat} 号座位`;
  for (const [c, b] of seatsB) {
    const a = seatsA.get(c);
    if (!a) out.push({ summary: `增加考生「${names.candidate(c)}」（${where(b)}）`, details: { field: "candidate", added: c, ...b } });
    else if (a.roomId !== b.roomId || a.seat !== b.seat)
      out.push({ summary: `考生「${names.candidate(c)}」：${where(a)} → ${where(b)}`, details: { field: "seat", candidate: c, old: a, new: b } });
  }
  for (const [c, a] of seatsA)
    if (!seatsB.has(c)) out.push({ summary: `移除考生「${names.candidate(c)}」（原${where(a)}）`, details: { field: "candidate", removed: c, ...a } });

  for (const [roomId, b] of roomsB) {
    const a = roomsA.get(roomId);
    const pa = new Set(a?.proctorIds ?? []);
    const pb = new Set(b.proctorIds);
    for (const p of pb)
      if (!pa.has(p)) out.push({ summary: `考场「${names.room(roomId)}」增加监考人员「${names.person(p)}」`, details: { field: "proctor", roomId, added: p } });
    for (const p of pa)
      if (!pb.has(p)) out.push({ summary: `考场「${names.room(roomId)}」移除监考人员「${names.person(p)}」`, details: { field: "proctor", roomId, removed: p } });
  }
  const ea = new Set(before.examinerIds);
  const eb = new Set(after.examinerIds);
  for (const e of eb) if (!ea.has(e)) out.push({ summary: `增加考评人员「${names.person(e)}」`, details: { field: "examiner", added: e } });
  for (const e of ea) if (!eb.has(e)) out.push({ summary: `移除考评人员「${names.person(e)}」`, details: { field: "examiner", removed: e } });
  const chief = (id?: string) => (id ? names.person(id) : "（无）");
  field("chief", "考评组长", chief(before.chiefExaminerId), chief(after.chiefExaminerId));
  return out;
}
