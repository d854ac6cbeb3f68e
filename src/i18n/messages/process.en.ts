import type { processZhCN } from "./process.zh-CN";

// English messages of the front server while the app restarts; typed by the zh-CN keys.
export const processEn: Record<keyof typeof processZhCN, string> = {
  "process.unavailable.title": "Recovering, please wait",
  "process.unavailable.body": "The page server is restarting by itself; this usually takes a few seconds. Answers already given are safe, and answers during an exam are still being saved.",
  "process.unavailable.retry": "This page refreshes by itself; you can also retry now.",
  "process.unavailable.button": "Retry",
  "process.unavailable.api": "The service is restarting by itself; please try again shortly.",
};
