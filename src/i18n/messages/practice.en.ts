import type { practiceZhCN } from "./practice.zh-CN";

// English messages of practice, mock exams, the wrong-answer book, classes and the teacher's
// views, and the item's use; typed by the zh-CN keys.
export const practiceEn: Record<keyof typeof practiceZhCN, string> = {
  "itemUse.field": "Use",
  "itemUse.importField": "Use (for every item of this import)",
  "itemUse.secure": "Exams only (secure)",
  "itemUse.practice": "Practice only",
  "itemUse.both": "Exams and practice",
  "itemUse.bulk.title": "Set the use of the {total} items of this filter to",
  "itemUse.bulk.apply": "Set the use",
  "itemUse.bulk.result": "{changed} changed, {unchanged} already had it, {keptBack} not changed.",
  "itemUse.bulk.keptBack": "The items not changed are on papers of exams not yet held ({papers}); they cannot be used for practice before the exam.",
};
