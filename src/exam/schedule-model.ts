// The shapes of session scheduling (考场编排): the draft a form or an import produces, the context
// the rules read (candidates, staff, other sessions, relations) and the violations they report.
// Split from schedule-rules.ts, which re-exports everything here.
import { z } from "zod";
import {
  AssessmentModeSchema,
  LevelCodeSchema,
  TrackCodeSchema,
  VenueCodeSchema,
  type AssessmentMode,
  type LevelCode,
  type TrackCode,
} from "../standard/schema";

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export const RoomSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: VenueCodeSchema,
  capacity: z.number().int().min(0),
});
export type Room = z.infer<typeof RoomSchema>;

export const SessionRoomSchema = z.object({
  roomId: z.string().min(1),
  candidateIds: z.array(z.string().min(1)),
  proctorIds: z.array(z.string().min(1)),
});
export type SessionRoom = z.infer<typeof SessionRoomSchema>;

export const SessionDraftSchema = z.object({
  id: z.string().min(1).optional(),
  mode: AssessmentModeSchema,
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  startsAt: z.date(),
  minutes: z.number().int(),
  rooms: z.array(SessionRoomSchema),
  examinerIds: z.array(z.string().min(1)),
  chiefExaminerId: z.string().min(1).optional(),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

export type StaffRole = "ADMIN" | "PROCTOR" | "EXAMINER";

export interface ScheduleCandidate {
  id: string;
  name: string;
  level: LevelCode;
  track: TrackCode;
  /** Eligible under 1.8.1, or approved by an administrator. */
  schedulable: boolean;
  userId: string;
  /**
   * Parts (modes) the candidate has passed and keeps (within the school's retention, or all parts
   * once the application passed): they are not sat again. Absent = none (docs/certificates.md).
   */
  kept?: readonly AssessmentMode[];
}

export interface ScheduleStaff {
  /** The user id. */
  id: string;
  name: string;
  roles: StaffRole[];
}

export interface OtherSession {
  id: string;
  name: string;
  startsAt: Date;
  minutes: number;
  roomIds: string[];
  /** Every candidate user, proctor and examiner in it. */
  userIds: string[];
}

export type RelationKind = "relative" | "teacher" | "other";

export interface ExaminerRelation {
  examinerId: string;
  candidateId: string;
  kind: RelationKind;
  conflict: boolean;
}

export interface ScheduleContext {
  rooms: ReadonlyMap<string, Room>;
  /** Keyed by candidate id. */
  candidates: ReadonlyMap<string, ScheduleCandidate>;
  /** Keyed by user id. */
  staff: ReadonlyMap<string, ScheduleStaff>;
  otherSessions: ReadonlyArray<OtherSession>;
  relations: ReadonlyArray<ExaminerRelation>;
}

export const RULE_CODES = [
  "no-rooms",
  "duration-min",
  "mode-not-at-level",
  "unknown-room",
  "room-twice",
  "venue-kind",
  "capacity",
  "theory-proctors",
  "skill-examiners-min",
  "skill-examiners-odd",
  "review-members-min",
  "review-members-odd",
  "room-overlap",
  "person-overlap",
  "person-twice",
  "proctor-is-candidate",
  "examiner-is-candidate",
  "examiner-related",
  "unknown-candidate",
  "candidate-not-schedulable",
  "candidate-level-track",
  "part-kept",
  "unknown-staff",
  "staff-role",
  "chief-not-in-panel",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export interface Violation {
  rule: RuleCode;
  /** Chinese, naming the rule, the room or person and the numbers, citing the standard. */
  message: string;
  params: Record<string, string | number>;
  roomId?: string;
  personId?: string;
}

