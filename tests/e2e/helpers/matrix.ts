// Building blocks of the authorization matrix (tests/e2e/authorization-matrix.spec.ts).
import type { Who } from "./auth";

export type Expectation = Record<Who, number>;
export type Row = { url: string; expect: Expectation; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> };

export const all = (status: number): Expectation => ({ anonymous: status, admin: status, proctor: status, examiner: status, candidate: status });
export const page = (allowed: Array<Exclude<Who, "anonymous">>): Expectation => ({
  anonymous: 307,
  admin: allowed.includes("admin") ? 200 : 403,
  proctor: allowed.includes("proctor") ? 200 : 403,
  examiner: allowed.includes("examiner") ? 200 : 403,
  candidate: allowed.includes("candidate") ? 200 : 403,
});
export const adminApi = (adminStatus: number): Expectation => ({ anonymous: 401, admin: adminStatus, proctor: 403, examiner: 403, candidate: 403 });

