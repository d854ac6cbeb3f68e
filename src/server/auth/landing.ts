import type { CurrentUser } from "./session";

/** Where a signed-in person starts, by role. */
export function landingPath(user: Pick<CurrentUser, "roles" | "mustChangePassword">): string {
  if (user.mustChangePassword) return "/account/password";
  if (user.roles.includes("ADMIN")) return "/admin";
  if (user.roles.includes("CANDIDATE")) return "/candidate";
  if (user.roles.includes("PROCTOR")) return "/proctor";
  if (user.roles.includes("EXAMINER")) return "/examiner";
  if (user.roles.includes("TEACHER")) return "/teacher";
  return "/";
}

/** Only same-site paths are followed after sign-in. */
export function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}
