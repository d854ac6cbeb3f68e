// zh-CN messages of the in-app user guide (/help, docs/guide); merged into the catalogue in zh-CN.ts.
export const helpZhCN = {
  "help.nav": "帮助",
  "help.title": "使用指南",
  "help.guides": "全部指南",
  "help.index": "指南目录",
  "help.yours": "（你的角色）",
  "help.zhOnly": "指南目前只有中文版。",
  "help.guide.candidate": "考生指南",
  "help.guide.admin": "管理员指南",
  "help.guide.proctor": "监考指南",
  "help.guide.examiner": "考评指南",
  "help.guide.teacher": "教师指南",
} as const;
