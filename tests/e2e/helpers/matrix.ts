// Building blocks of the authorization matrix (tests/e2e/authorization-matrix.spec.ts).
import type { Who } from "./auth";

/** Statuses per caller. `teacher` may be left out: see teacherExpectation. */
export type Expectation = Record<Exclude<Who, "teacher">, number> & { teacher?: number };
export type Row = { url: string; expect: Expectation; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> };

export const all = (status: number): Expectation => ({ anonymous: status, admin: status, proctor: status, examiner: status, candidate: status });
export const page = (allowed: Array<Exclude<Who, "anonymous">>): Expectation => ({
  anonymous: 307,
  admin: allowed.includes("admin") ? 200 : 403,
  proctor: allowed.includes("proctor") ? 200 : 403,
  examiner: allowed.includes("examiner") ? 200 : 403,
  candidate: allowed.includes("candidate") ? 200 : 403,
  teacher: allowed.includes("teacher") ? 200 : 403,
});

/**
 * A teacher's expected status where a row gives none (rows written before the TEACHER role):
 * what every other signed-in role gets when they all agree (public pages, the password page),
 * else 403 — a teacher holds none of the roles that route is for.
 */
export function teacherExpectation(e: Expectation): number {
  if (e.teacher !== undefined) return e.teacher;
  const signedIn = [e.admin, e.proctor, e.examiner, e.candidate];
  return signedIn.every((s) => s === signedIn[0]) ? signedIn[0]! : 403;
}

/** The expected status of a row for one caller. */
export const expected = (e: Expectation, who: Who): number => (who === "teacher" ? teacherExpectation(e) : e[who]);
export const adminApi = (adminStatus: number): Expectation => ({ anonymous: 401, admin: adminStatus, proctor: 403, examiner: 403, candidate: 403 });

