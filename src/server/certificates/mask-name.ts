// The name as shown on the public verification page: partly masked (docs/certificates.md).
// Pure. The first character stays, every other character becomes "*": 张三 → 张*,
// 欧阳娜娜 → 欧***. A one-character name stays as is (nothing else is shown with it).
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join("");
  return chars[0] + "*".repeat(chars.length - 1);
}
