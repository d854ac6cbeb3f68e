// Messages of the launcher's front server while the app restarts (scripts/lib/unavailable.ts).
export const processZhCN = {
  "process.unavailable.title": "系统正在恢复，请稍候",
  "process.unavailable.body": "页面服务正在自动重启，通常几秒钟即可恢复。已作答的答案不受影响，考试中的答案仍在保存。",
  "process.unavailable.retry": "本页将自动刷新；也可以点击重试。",
  "process.unavailable.button": "重试",
  "process.unavailable.api": "服务正在自动重启，请稍后重试。",
} as const;
