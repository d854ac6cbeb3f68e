// zh-CN messages of sessions and security (ending sessions, refused requests); merged into the
// catalogue in zh-CN.ts.
export const securityZhCN = {
  "security.endSessions.title": "登录会话",
  "security.endSessions.note": "结束后，该账号在所有设备上的登录立即失效，须重新登录（例如密码被他人知道时）。",
  "security.endSessions.button": "结束该账号的所有登录",
  "security.endSessions.done": "已结束该账号的所有登录。",
  "security.nul": "{field}含有不允许的控制字符（NUL），请删除后重试",
  "security.tooLarge": "请求内容过大",
  "security.tooMany": "请求过于频繁，请稍后再试",
} as const;
