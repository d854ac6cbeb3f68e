// zh-CN messages of the sessions feature (merged into the catalogue in zh-CN.ts).
export const sessionsZhCN = {
  "sessions.title": "场次安排",
} as const;
