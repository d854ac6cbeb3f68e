// The session form as it crosses the boundary (server actions, services): validated with zod.
// Times arrive as a datetime-local string read in Asia/Shanghai (UTC+8, no DST).
import { z } from "zod";
import type { SessionDraft } from "@/exam";
import { AssessmentModeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-06-01T09:00" in Asia/Shanghai as a UTC Date; undefined if not a valid local time. */
export function parseShanghaiLocal(value: string): Date | undefined {
  const m = LOCAL.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS;
  const back = new Date(utc + SHANGHAI_OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return new Date(utc);
}

/** A UTC Date as the value of a datetime-local input in Asia/Shanghai ("2026-06-01T09:00"). */
export function toShanghaiLocal(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The Asia/Shanghai calendar date of a UTC Date ("2026-06-01"). */
export function shanghaiDate(date: Date): string {
  return toShanghaiLocal(date).slice(0, 10);
}

export const ShanghaiLocalSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const d = parseShanghaiLocal(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "开考时间格式不正确（应为 年-月-日 时:分，北京时间）" });
      return z.NEVER;
    }
    return d;
  });

const Id = z.string().trim().min(1).max(64);

export const SessionRoomInputSchema = z.object({
  roomId: Id,
  candidateIds: z.array(Id).max(1000),
  proctorIds: z.array(Id).max(50),
});

export const SessionInputSchema = z.object({
  name: z.string().trim().min(1, "场次名称必填").max(100),
  mode: AssessmentModeSchema,
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  startsAt: ShanghaiLocalSchema,
  minutes: z.coerce.number().int("时长须为整数分钟").min(1, "时长须为正数").max(24 * 60),
  rooms: z.array(SessionRoomInputSchema).max(100),
  examinerIds: z.array(Id).max(99).default([]),
  chiefExaminerId: Id.optional(),
  /** Theory: one paper ("paper:<id>") or an A/B group ("group:<formGroup>"); skill: "plan:<id>". */
  paper: z.string().trim().max(80).optional(),
});
export type SessionInput = z.output<typeof SessionInputSchema>;
export type SessionInputRaw = z.input<typeof SessionInputSchema>;

export function toDraft(input: SessionInput, id?: string): SessionDraft {
  return {
    ...(id ? { id } : {}),
    mode: input.mode,
    level: input.level,
    track: input.track,
    startsAt: input.startsAt,
    minutes: input.minutes,
    rooms: input.rooms.map((r) => ({ roomId: r.roomId, candidateIds: [...r.candidateIds], proctorIds: [...r.proctorIds] })),
    examinerIds: [...input.examinerIds],
    ...(input.chiefExaminerId ? { chiefExaminerId: input.chiefExaminerId } : {}),
  };
}

/** The paper choice as stored columns. */
export function paperColumns(input: SessionInput): { paperId: string | null; formGroup: string | null; skillPlanId: string | null } {
  const p = input.paper ?? "";
  if (input.mode === "theory" && p.startsWith("paper:")) return { paperId: p.slice(6), formGroup: null, skillPlanId: null };
  if (input.mode === "theory" && p.startsWith("group:")) return { paperId: null, formGroup: p.slice(6), skillPlanId: null };
  if (input.mode !== "theory" && p.startsWith("plan:")) return { paperId: null, formGroup: null, skillPlanId: p.slice(5) };
  return { paperId: null, formGroup: null, skillPlanId: null };
}

/** The stored columns as the form's choice. */
export function paperChoice(s: { paperId: string | null; formGroup: string | null; skillPlanId: string | null }): string {
  if (s.formGroup) return `group:${s.formGroup}`;
  if (s.paperId) return `paper:${s.paperId}`;
  if (s.skillPlanId) return `plan:${s.skillPlanId}`;
  return "";
}
