// The roster columns (考生名单), their accepted header names and value parsers.
// Pure: no I/O. Messages are Chinese, without the "第 N 行「列」：" prefix (validate-roster adds it).
import type { LevelCode, SchoolKind, TrackCode } from "@/standard";

export type RosterColumnKey =
  | "name"
  | "idNumber"
  | "gender"
  | "track"
  | "level"
  | "occupation"
  | "workYears"
  | "apprenticeshipCompleted"
  | "level5CertificateHeld"
  | "yearsAfterLevel5Certificate"
  | "schoolKind"
  | "major"
  | "graduationYear"
  | "graduated"
  | "phone"
  | "className";

export interface RosterColumn {
  key: RosterColumnKey;
  /** The header written in the template. */
  header: string;
  /** Other header names accepted on import. */
  aliases: readonly string[];
  required: boolean;
  /** What the column accepts (shown in the template's 说明 sheet and the docs). */
  accepts: string;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: "name", header: "姓名", aliases: [], required: true, accepts: "考生姓名，不超过 50 个字" },
  {
    key: "idNumber",
    header: "身份证号",
    aliases: ["身份证号码", "证件号码"],
    required: true,
    accepts: "18 位居民身份证号码（GB 11643），末位可为 X；请将此列设为“文本”格式，否则 Excel 会丢失后几位",
  },
  { key: "gender", header: "性别", aliases: [], required: true, accepts: "男 或 女，须与身份证号一致" },
  {
    key: "track",
    header: "工种",
    aliases: [],
    required: true,
    accepts: "网商 或 跨境电子商务师（也可写 跨境电商、跨境电商电子商务师）",
  },
  {
    key: "level",
    header: "级别",
    aliases: [],
    required: true,
    accepts: "五级/初级工 或 四级/中级工（也可写 五级、四级、5、4、初级工、中级工）",
  },
  {
    key: "occupation",
    header: "从事职业",
    aliases: [],
    required: false,
    accepts: "申报所依据的工作经历的职业，如 电子商务师、营销员（用于判断申报条件）",
  },
  {
    key: "workYears",
    header: "本职业或相关职业工作年限",
    aliases: [],
    required: false,
    accepts: "累计年数，可带小数或“年”，如 1、4.5、6年；也可写月数，如 18个月；不填按 0",
  },
  { key: "apprenticeshipCompleted", header: "学徒期满", aliases: [], required: false, accepts: "是 或 否；不填按 否" },
  {
    key: "level5CertificateHeld",
    header: "已取得五级证书",
    aliases: [],
    required: false,
    accepts: "是 或 否（本职业或相关职业五级/初级工证书）；不填按 否",
  },
  {
    key: "yearsAfterLevel5Certificate",
    header: "取得五级证书后工作年限",
    aliases: [],
    required: false,
    accepts: "取得五级证书后在本职业或相关职业累计工作年数，格式同工作年限；不填按 0",
  },
  {
    key: "schoolKind",
    header: "学校类型",
    aliases: [],
    required: false,
    accepts: "技工学校、经评估的中等及以上职业学校 或 其他；填写后 所学专业、毕业年份 必填",
  },
  { key: "major", header: "所学专业", aliases: [], required: false, accepts: "所学专业名称，如 电子商务" },
  { key: "graduationYear", header: "毕业年份", aliases: [], required: false, accepts: "4 位年份，如 2024（在校生填预计毕业年份）" },
  { key: "graduated", header: "是否已毕业", aliases: [], required: false, accepts: "是 或 否；不填按 否（在校生）" },
  {
    key: "phone",
    header: "联系电话",
    aliases: [],
    required: false,
    accepts: "11 位手机号（如 13812345678），或带区号的固定电话（如 0753-1234567）",
  },
  {
    key: "className",
    header: "班级",
    aliases: ["班级名称"],
    required: false,
    accepts: "所在班级的名称，不超过 50 个字，如 2024级电商1班；没有的班级会新建（用于练习和教师查看进度）",
  },
];

export const COLUMN_BY_KEY: Readonly<Record<RosterColumnKey, RosterColumn>> = Object.fromEntries(
  ROSTER_COLUMNS.map((c) => [c.key, c]),
) as Record<RosterColumnKey, RosterColumn>;

/** NFKC (full-width → half-width) and all whitespace removed: for codes, numbers, choices. */
export function compact(s: string): string {
  return s.normalize("NFKC").replace(/[\s\u3000]+/g, "");
}

/**
 * Header matching ignores whitespace, full/half width, a leading or trailing "*", and a
 * trailing "(必填)"/"(选填)"/"(可选)" note, so "身份证号 *" and "身份证号（必填）" both match.
 */
export function normaliseHeader(h: string): string {
  return compact(h)
    .replace(/^\*+|\*+$/g, "")
    .replace(/\((必填|选填|可选|非必填)\)$/, "")
    .replace(/^\*+|\*+$/g, "");
}

const HEADER_LOOKUP: ReadonlyMap<string, RosterColumn> = new Map(
  ROSTER_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normaliseHeader(h), c] as const)),
);

export interface HeaderMatch {
  /** 0-based column index of each recognised column. */
  index: Partial<Record<RosterColumnKey, number>>;
  /** Header texts not recognised (ignored on import). */
  unknown: string[];
  /** Required columns not present. */
  missing: RosterColumn[];
  /** Columns given more than once (e.g. both 身份证号 and 证件号码), with the header texts used. */
  duplicates: Array<{ column: RosterColumn; headers: string[] }>;
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const index: Partial<Record<RosterColumnKey, number>> = {};
  const seen = new Map<RosterColumnKey, string[]>();
  const unknown: string[] = [];
  headers.forEach((raw, i) => {
    const h = raw.trim();
    if (h === "") return;
    const column = HEADER_LOOKUP.get(normaliseHeader(h));
    if (!column) {
      unknown.push(h);
      return;
    }
    const list = seen.get(column.key);
    if (list) list.push(h);
    else {
      seen.set(column.key, [h]);
      index[column.key] = i;
    }
  });
  const duplicates = [...seen.entries()]
    .filter(([, hs]) => hs.length > 1)
    .map(([key, hs]) => ({ column: COLUMN_BY_KEY[key], headers: hs }));
  const missing = ROSTER_COLUMNS.filter((c) => c.required && index[c.key] === undefined);
  return { index, unknown, missing, duplicates };
}

// ---------------------------------------------------------------------------
// Value parsers. Input is the trimmed cell text and is never empty (callers handle "").
// ---------------------------------------------------------------------------

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

const TRACKS: ReadonlyMap<string, TrackCode> = new Map([
  ["网商", "online-merchant"],
  ["online-merchant", "online-merchant"],
  ["跨境电子商务师", "cross-border"],
  ["跨境电商", "cross-border"],
  ["跨境电商电子商务师", "cross-border"],
  ["cross-border", "cross-border"],
]);

export function parseTrack(s: string): Parsed<TrackCode> {
  const v = TRACKS.get(compact(s).toLowerCase());
  return v ? ok(v) : fail(`无法识别“${s}”，应为 网商 或 跨境电子商务师`);
}

const LEVELS: ReadonlyMap<string, LevelCode> = new Map([
  ["五级/初级工", "5"],
  ["五级", "5"],
  ["初级工", "5"],
  ["初级", "5"],
  ["5", "5"],
  ["5级", "5"],
  ["四级/中级工", "4"],
  ["四级", "4"],
  ["中级工", "4"],
  ["中级", "4"],
  ["4", "4"],
  ["4级", "4"],
]);

export function parseLevel(s: string): Parsed<LevelCode> {
  const v = LEVELS.get(compact(s).replace(/[、|]/g, "/"));
  return v ? ok(v) : fail(`无法识别“${s}”，应为 五级/初级工 或 四级/中级工`);
}

export function parseGender(s: string): Parsed<"男" | "女"> {
  const c = compact(s);
  if (c === "男" || c === "男性") return ok("男");
  if (c === "女" || c === "女性") return ok("女");
  return fail(`无法识别“${s}”，应为 男 或 女`);
}

export function parseYesNo(s: string): Parsed<boolean> {
  const c = compact(s).toLowerCase();
  if (["是", "y", "yes", "true"].includes(c)) return ok(true);
  if (["否", "n", "no", "false"].includes(c)) return ok(false);
  return fail(`无法识别“${s}”，应为 是 或 否`);
}

/** Upper bound for a plausible working life, in years. */
export const MAX_WORK_YEARS = 60;

/** Years ("1", "4.5", "6年", "6 年") or months ("18个月", "18月") → whole months, Math.round(years × 12). */
export function parseWorkMonths(s: string): Parsed<number> {
  const c = compact(s);
  const years = /^(\d+(?:\.\d+)?)年?$/.exec(c);
  const months = /^(\d+)个?月$/.exec(c);
  let value: number;
  if (years?.[1] !== undefined) value = Math.round(Number(years[1]) * 12);
  else if (months?.[1] !== undefined) value = Number(months[1]);
  else return fail(`无法识别“${s}”，应为年数，如 1、4.5、6年`);
  if (value > MAX_WORK_YEARS * 12) return fail(`年限过大（“${s}”），不应超过 ${MAX_WORK_YEARS} 年`);
  return ok(value);
}

const SCHOOL_KINDS: ReadonlyMap<string, SchoolKind> = new Map([
  ["技工学校", "technical-school"],
  ["经评估的中等及以上职业学校", "vocational-school-evaluated"],
  ["其他", "other"],
  ["其它", "other"],
  ["technical-school", "technical-school"],
  ["vocational-school-evaluated", "vocational-school-evaluated"],
  ["other", "other"],
]);

export function parseSchoolKind(s: string): Parsed<SchoolKind> {
  const v = SCHOOL_KINDS.get(compact(s).toLowerCase());
  return v ? ok(v) : fail(`无法识别“${s}”，应为 技工学校、经评估的中等及以上职业学校 或 其他`);
}

/** A 4-digit year from 1900 to `currentYear + 10` (students give their expected year). */
export function parseGraduationYear(s: string, currentYear: number): Parsed<number> {
  const c = compact(s).replace(/年$/, "");
  if (!/^\d{4}$/.test(c)) return fail(`“${s}”不是 4 位年份，应如 2024`);
  const year = Number(c);
  if (year < 1900 || year > currentYear + 10) return fail(`年份不合理（${year}）`);
  return ok(year);
}

/**
 * 11-digit mobile starting with 1 (spaces/hyphens and a +86 prefix allowed, stored as 11 digits),
 * or a landline with area code: 0 + 2–3 digits, a hyphen or space, 7–8 digits, optional "-extension"
 * (stored as "0753-1234567").
 */
export function parsePhone(s: string): Parsed<string> {
  const t = s.normalize("NFKC").trim().replace(/[—–－]/g, "-");
  const mobile = t.replace(/^(\+?86)[\s-]?/, "").replace(/[\s-]/g, "");
  if (/^1\d{10}$/.test(mobile)) return ok(mobile);
  const land = /^\(?(0\d{2,3})\)?[\s-]?(\d{7,8})(?:-(\d{1,6}))?$/.exec(t);
  if (land && /[\s\-)]/.test(t)) return ok(`${land[1]}-${land[2]}${land[3] ? `-${land[3]}` : ""}`);
  return fail(`格式不正确（“${s}”），应为 11 位手机号，或带区号的固定电话如 0753-1234567`);
}

export const MAX_NAME_LENGTH = 50;

/**
 * A name with "?" or U+FFFD is refused: Excel's "CSV (逗号分隔)" on Chinese Windows saves in GBK
 * and writes "?" for characters GBK lacks (rare surname characters), and a wrongly decoded file
 * shows U+FFFD. Such a name was damaged before it reached us; storing it would be silently wrong.
 */
export function parseName(s: string): Parsed<string> {
  const v = s.replace(/[\s\u3000]+/g, " ").trim();
  if ([...v].length > MAX_NAME_LENGTH) return fail(`过长，不应超过 ${MAX_NAME_LENGTH} 个字`);
  if (/[?？\uFFFD]/.test(v)) {
    return fail(
      `“${v}”含有“?”或乱码字符：文件保存时姓名中的字已丢失（GBK 编码的 CSV 无法保存部分生僻字，会写成“?”）。请把名单另存为 UTF-8 或 GB18030 编码的 CSV，或直接上传 .xlsx 文件，核对该姓名后重新导入`,
    );
  }
  return ok(v);
}

/** The 班级 cell: whitespace collapsed, at most 50 characters (docs/practice.md). */
export function parseClassName(s: string): Parsed<string> {
  const v = s.replace(/[\s\u3000]+/g, " ").trim();
  return [...v].length > 50 ? fail("过长，不应超过 50 个字") : ok(v);
}

/** The free-text 从事职业 / 所学专业 cells: whitespace collapsed. */
export function parseText(s: string): Parsed<string> {
  const v = s.replace(/[\s\u3000]+/g, " ").trim();
  if (v.includes("\uFFFD")) return fail(`“${v}”含有乱码字符（\uFFFD），文件编码有误；请另存为 UTF-8 或 GB18030 编码的 CSV，或上传 .xlsx 文件`);
  return v.length > 100 ? fail("过长，不应超过 100 个字") : ok(v);
}
