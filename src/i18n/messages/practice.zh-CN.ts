// zh-CN messages of practice (练习), mock exams, the wrong-answer book, classes and the teacher's
// views, and the item's use (merged into the catalogue in zh-CN.ts).
export const practiceZhCN = {
  "itemUse.field": "用途",
  "itemUse.importField": "用途（适用于本次导入的全部题目）",
  "itemUse.secure": "仅考试（保密）",
  "itemUse.practice": "仅练习",
  "itemUse.both": "考试和练习",
  "itemUse.bulk.title": "将当前筛选出的 {total} 道题目的用途设为",
  "itemUse.bulk.apply": "批量设置用途",
  "itemUse.bulk.result": "已修改 {changed} 道，{unchanged} 道原本就是该用途，{keptBack} 道未修改。",
  "itemUse.bulk.keptBack": "未修改的题目在尚未考完的试卷中（{papers}），考试结束前不能用于练习。",
} as const;
