// zh-CN messages of the skill page's submit dialog: what is not finished yet (src/ui/skill/incomplete.ts).
// Keys start with "skill." so the page's message selection includes them.
export const skillSubmitZhCN = {
  "skill.confirm.incomplete": "以下交付物还没有完成，仍可交卷：",
  "skill.incomplete.line": "任务 {task}「{title}」：{problems}",
  "skill.incomplete.empty": "未作答",
  "skill.incomplete.required": "必填项「{field}」未填",
  "skill.incomplete.range": "「{field}」填的是 {value}，应在 {min}–{max} 之间",
  "skill.incomplete.rows": "至少要填 {min} 行，现有 {count} 行",
  "skill.incomplete.noFile": "未上传文件",
  "skill.incomplete.sep": "；",
} as const;
