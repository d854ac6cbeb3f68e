// Sign in through Auth.js's API (not the form) for tests that are not about signing in.
import { expect, type APIRequestContext } from "@playwright/test";

export const DEMO = {
  admin: { identifier: "admin", password: "demo-admin-2022" },
  proctor: { identifier: "proctor1", password: "demo-proctor-2022" },
  examiner: { identifier: "examiner1", password: "demo-examiner-2022" },
  examiner2: { identifier: "examiner2", password: "demo-examiner-2022" },
  examiner3: { identifier: "examiner3", password: "demo-examiner-2022" },
  candidate: { identifier: "110101200601010014", password: "demo-candidate-2022" },
  teacher: { identifier: "teacher1", password: "demo-teacher-2022" },
} as const;
export type Who = "anonymous" | "admin" | "proctor" | "examiner" | "candidate" | "teacher";
export const EVERYONE: Who[] = ["anonymous", "admin", "proctor", "examiner", "candidate", "teacher"];

export async function signInByApi(request: APIRequestContext, who: keyof typeof DEMO): Promise<void> {
  await signInWith(request, DEMO[who], who);
}

/** Signs in any account (e.g. one a test created) through the API. */
export async function signInWith(request: APIRequestContext, credentials: { identifier: string; password: string }, who = credentials.identifier): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, ...credentials, callbackUrl: "/me" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${who}`).toBe(302);
  expect(response.headers()["location"] ?? "").not.toContain("error");
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { id?: string } } | null;
  expect(session?.user?.id, `session of ${who}`).toBeTruthy();
}
