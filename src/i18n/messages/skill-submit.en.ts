import type { skillSubmitZhCN } from "./skill-submit.zh-CN";

// English messages of the skill page's submit dialog; typed by the zh-CN keys.
export const skillSubmitEn: Record<keyof typeof skillSubmitZhCN, string> = {
  "skill.confirm.incomplete": "These deliverables are not finished yet (you can still hand in):",
  "skill.incomplete.line": "Task {task} “{title}”: {problems}",
  "skill.incomplete.empty": "not answered",
  "skill.incomplete.required": "required field “{field}” is blank",
  "skill.incomplete.range": "“{field}” is {value}; it should be between {min} and {max}",
  "skill.incomplete.rows": "at least {min} rows needed, {count} filled",
  "skill.incomplete.noFile": "no file uploaded",
  "skill.incomplete.sep": "; ",
};
