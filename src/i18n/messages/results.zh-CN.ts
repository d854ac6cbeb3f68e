// zh-CN messages of the results feature (merged into the catalogue in zh-CN.ts).
export const resultsZhCN = {
  "results.title": "成绩",
} as const;
