import type { resultsZhCN } from "./results.zh-CN";

// English messages of the results feature; typed by the zh-CN keys.
export const resultsEn: Record<keyof typeof resultsZhCN, string> = {
  "results.title": "Results",
};
