// zh-CN messages of the rich-text editor of the candidate's skill page (issue 14; merged into the
// catalogue in zh-CN.ts). Keys start with "skill." so the page's message selection includes them.
export const skillRichZhCN = {
  "skill.rich.toolbar": "{title}的格式工具",
  "skill.rich.bold": "加粗",
  "skill.rich.italic": "斜体",
  "skill.rich.heading": "标题",
  "skill.rich.bulletList": "项目符号列表",
  "skill.rich.orderedList": "编号列表",
  
} as const;
