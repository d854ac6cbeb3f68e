// zh-CN messages of the reports feature (merged into the catalogue in zh-CN.ts).
export const reportsZhCN = {
  "reports.title": "成绩报表",
} as const;
