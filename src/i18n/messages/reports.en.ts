import type { reportsZhCN } from "./reports.zh-CN";

// English messages of the reports feature; typed by the zh-CN keys.
export const reportsEn: Record<keyof typeof reportsZhCN, string> = {
  "reports.title": "Reports",
};
