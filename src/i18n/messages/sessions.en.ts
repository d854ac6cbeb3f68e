import type { sessionsZhCN } from "./sessions.zh-CN";

// English messages of the sessions feature; typed by the zh-CN keys.
export const sessionsEn: Record<keyof typeof sessionsZhCN, string> = {
  "sessions.title": "Sessions",
};
