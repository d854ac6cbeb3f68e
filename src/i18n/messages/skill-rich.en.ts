import type { skillRichZhCN } from "./skill-rich.zh-CN";

// English messages of the rich-text editor of the candidate's skill page; typed by the zh-CN keys.
export const skillRichEn: Record<keyof typeof skillRichZhCN, string> = {
  "skill.rich.toolbar": "Formatting of {title}",
  "skill.rich.bold": "Bold",
  "skill.rich.italic": "Italic",
  "skill.rich.heading": "Heading",
  "skill.rich.bulletList": "Bulleted list",
  "skill.rich.orderedList": "Numbered list",
  
};
