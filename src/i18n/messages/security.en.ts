import type { securityZhCN } from "./security.zh-CN";

// English messages of sessions and security; typed by the zh-CN keys.
export const securityEn: Record<keyof typeof securityZhCN, string> = {
  "security.endSessions.title": "Sign-in sessions",
  "security.endSessions.note": "Every sign-in of this account, on every device, ends at once and must sign in again (e.g. when someone else knows the password).",
  "security.endSessions.button": "End all sessions of this account",
  "security.endSessions.done": "All sessions of this account were ended.",
  "security.nul": "{field} contains a control character that is not allowed (NUL): remove it and try again",
  "security.tooLarge": "The request is too large",
  "security.tooMany": "Too many requests: try again later",
};
