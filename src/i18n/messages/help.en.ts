import type { helpZhCN } from "./help.zh-CN";

// English messages of the in-app user guide (/help); typed by the zh-CN keys.
export const helpEn: Record<keyof typeof helpZhCN, string> = {
  "help.nav": "Help",
  "help.title": "User guide",
  "help.guides": "All guides",
  "help.index": "Contents",
  "help.yours": "(your role)",
  "help.zhOnly": "The guide is written in Chinese only for now.",
  "help.guide.candidate": "Candidate's guide",
  "help.guide.admin": "Administrator's guide",
  "help.guide.proctor": "Proctor's guide",
  "help.guide.examiner": "Examiner's guide",
  "help.guide.teacher": "Teacher's guide",
};
