// zh-CN messages of the exam feature (merged into the catalogue in zh-CN.ts).
export const examZhCN = {
  "exam.title": "考试",
} as const;
