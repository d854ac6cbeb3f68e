import type { examZhCN } from "./exam.zh-CN";

// English messages of the exam feature; typed by the zh-CN keys.
export const examEn: Record<keyof typeof examZhCN, string> = {
  "exam.title": "Exam",
};
