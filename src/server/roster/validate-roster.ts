// Validates a roster table row by row and builds candidate drafts. Pure: no database.
// Every problem of every row is reported; a row with any problem yields no candidate.
import { z } from "zod";
import { EligibilityInputSchema, shanghaiYearMonth, type EligibilityInput, type LevelCode, type TrackCode } from "@/standard";
import {
  COLUMN_BY_KEY,
  ROSTER_COLUMNS,
  matchHeaders,
  parseGender,
  parseGraduationYear,
  parseLevel,
  parseName,
  parsePhone,
  parseSchoolKind,
  parseClassName,
  parseText,
  parseTrack,
  parseWorkMonths,
  parseYesNo,
  type Parsed,
  type RosterColumnKey,
} from "./columns";
import { TEMPLATE_EXAMPLE_ID_NUMBERS } from "./examples";
import { normaliseIdNumber, validateIdNumber, type IdNumberProblem } from "./id-number";
import type { RosterRow, RosterTable } from "./roster-file";

export interface RosterProblem {
  /** Row number as the user sees it (the header row for header problems). */
  row: number;
  /** The column's standard header (e.g. "身份证号"), or "" for a problem of the whole file. */
  column: string;
  /** Full Chinese sentence, e.g. "第 5 行「身份证号」：校验位不正确（GB 11643）". */
  message: string;
}

export interface CandidateDraft {
  rowNumber: number;
  name: string;
  /** Normalised: 18 characters, upper-case X. */
  idNumber: string;
  gender: "男" | "女";
  track: TrackCode;
  level: LevelCode;
  /** Normalised: 11 digits, or "0753-1234567". */
  phone?: string;
  /** 班级: the class to put the candidate in (created when missing). */
  className?: string;
  eligibilityInput: EligibilityInput;
}

export interface RosterValidation {
  candidates: CandidateDraft[];
  problems: RosterProblem[];
  notices: string[];
}

export interface ValidateRosterOptions {
  now: Date;
  /** ID numbers already on the roster (any case of x; normalised before comparing). */
  existingIdNumbers: ReadonlySet<string>;
}

export type RosterTableInput = Pick<RosterTable, "headers" | "rows"> & { headerRowNumber?: number };

const ID_MESSAGES: Record<Exclude<IdNumberProblem, "length" | "birthdate">, string> = {
  format: "格式不正确，应为 17 位数字加 1 位校验码（数字或 X）",
  checksum: "校验位不正确（GB 11643）",
};

function idParser(now: Date) {
  return (s: string): Parsed<{ id: string; gender: "男" | "女" }> => {
    const r = validateIdNumber(s, now);
    if (r.ok) return { ok: true, value: { id: r.id, gender: r.gender } };
    const id = normaliseIdNumber(s);
    if (r.reason === "length") return { ok: false, message: `应为 18 位（当前 ${[...id].length} 位）` };
    if (r.reason === "birthdate") return { ok: false, message: `出生日期无效（${id.slice(6, 14)}）` };
    return { ok: false, message: ID_MESSAGES[r.reason] };
  };
}

/** A zod string field from a parser: "" → "必填" when required, undefined when optional. */
function requiredField<T>(parse: (s: string) => Parsed<T>) {
  return z.string().transform((s, ctx): T => {
    if (s.trim() === "") {
      ctx.addIssue({ code: "custom", message: "必填" });
      return z.NEVER;
    }
    const r = parse(s.trim());
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  });
}

function optionalField<T>(parse: (s: string) => Parsed<T>) {
  return z.string().transform((s, ctx): T | undefined => {
    if (s.trim() === "") return undefined;
    const r = parse(s.trim());
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  });
}

/** The row schema: one zod field per column, each turning the cell text into a typed value. */
export function rosterRowSchema(now: Date) {
  const currentYear = shanghaiYearMonth(now).year;
  return z.object({
    name: requiredField(parseName),
    idNumber: requiredField(idParser(now)),
    gender: requiredField(parseGender),
    track: requiredField(parseTrack),
    level: requiredField(parseLevel),
    occupation: optionalField(parseText),
    workYears: optionalField(parseWorkMonths),
    apprenticeshipCompleted: optionalField(parseYesNo),
    level5CertificateHeld: optionalField(parseYesNo),
    yearsAfterLevel5Certificate: optionalField(parseWorkMonths),
    schoolKind: optionalField(parseSchoolKind),
    major: optionalField(parseText),
    graduationYear: optionalField((s) => parseGraduationYear(s, currentYear)),
    graduated: optionalField(parseYesNo),
    phone: optionalField(parsePhone),
    className: optionalField(parseClassName),
  } satisfies Record<RosterColumnKey, z.ZodType>);
}
export type RosterRowValues = z.output<ReturnType<typeof rosterRowSchema>>;

const KEYS = ROSTER_COLUMNS.map((c) => c.key);
const SCHOOL_KEYS = ["schoolKind", "major", "graduationYear"] as const satisfies readonly RosterColumnKey[];

export function validateRoster(table: RosterTableInput, options: ValidateRosterOptions): RosterValidation {
  const problems: RosterProblem[] = [];
  const notices: string[] = [];
  const candidates: CandidateDraft[] = [];
  const headerRow = table.headerRowNumber ?? 1;

  const match = matchHeaders(table.headers);
  if (match.unknown.length) notices.push(`已忽略无法识别的列：${match.unknown.join("、")}`);
  for (const d of match.duplicates)
    problems.push({
      row: headerRow,
      column: d.column.header,
      message: `第 ${headerRow} 行（表头）「${d.column.header}」：该列出现了 ${d.headers.length} 次（${d.headers.join("、")}），只能保留一列`,
    });
  for (const c of match.missing)
    problems.push({ row: headerRow, column: c.header, message: `第 ${headerRow} 行（表头）：缺少必填列「${c.header}」` });
  // A structurally broken header would give the same error on every row: stop here.
  if (problems.length) return { candidates, problems, notices };

  if (table.rows.length === 0) {
    problems.push({ row: headerRow, column: "", message: "文件中没有考生数据（表头下没有任何行）" });
    return { candidates, problems, notices };
  }

  const schema = rosterRowSchema(options.now);
  const shape = schema.shape;
  const existing = new Set([...options.existingIdNumbers].map(normaliseIdNumber));
  const firstSeen = new Map<string, { row: number; name: string | undefined }>();
  const exampleRows: number[] = [];

  for (const row of table.rows) {
    const rowProblems: RosterProblem[] = [];
    const add = (key: RosterColumnKey, message: string) => {
      const column = COLUMN_BY_KEY[key].header;
      rowProblems.push({ row: row.rowNumber, column, message: `第 ${row.rowNumber} 行「${column}」：${message}` });
    };
    const raw = (key: RosterColumnKey): string => {
      const i = match.index[key];
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };

    const values: Partial<Record<RosterColumnKey, unknown>> = {};
    for (const key of KEYS) {
      if (key === "idNumber" && isImprecise(row, match.index.idNumber)) {
        add(key, "以数字形式保存，后几位已丢失（Excel 数字只保留 15 位有效数字）；请把该列设为“文本”格式后重新填写");
        continue;
      }
      const result = shape[key].safeParse(raw(key));
      if (result.success) values[key] = result.data;
      else for (const issue of result.error.issues) add(key, issue.message);
    }
    const v = values as Partial<RosterRowValues>;

    // Gender must agree with the ID number's 17th digit.
    if (v.gender && v.idNumber && v.gender !== v.idNumber.gender)
      add("gender", `与身份证号不符（身份证号对应“${v.idNumber.gender}”）`);

    // Same person twice in the file, or already on the roster.
    if (v.idNumber) {
      const id = v.idNumber.id;
      const first = firstSeen.get(id);
      if (first) {
        const sameName = first.name === undefined || v.name === undefined || first.name === v.name;
        add(
          "idNumber",
          sameName ? `与第 ${first.row} 行重复（同一人）` : `与第 ${first.row} 行重复（同一身份证号，但该行姓名为“${first.name}”）`,
        );
      } else firstSeen.set(id, { row: row.rowNumber, name: v.name });
      if (existing.has(id)) add("idNumber", "该考生已在名单中");
      if (TEMPLATE_EXAMPLE_ID_NUMBERS.has(id)) exampleRows.push(row.rowNumber);
    }

    // School: all of 学校类型, 所学专业, 毕业年份 once any of them is given.
    const givenSchool = SCHOOL_KEYS.filter((k) => raw(k) !== "");
    if (givenSchool.length > 0)
      for (const k of SCHOOL_KEYS)
        if (raw(k) === "") add(k, `必填（已填写${givenSchool.map((g) => `「${COLUMN_BY_KEY[g].header}」`).join("")}）`);

    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }

    const r = v as RosterRowValues;
    const idNumber = r.idNumber as { id: string; gender: "男" | "女" };
    const eligibilityInput: EligibilityInput = {
      level: r.level as LevelCode,
      ...(r.occupation !== undefined ? { occupation: r.occupation } : {}),
      workMonths: r.workYears ?? 0,
      apprenticeshipCompleted: r.apprenticeshipCompleted ?? false,
      level5CertificateHeld: r.level5CertificateHeld ?? false,
      workMonthsAfterLevel5Certificate: r.yearsAfterLevel5Certificate ?? 0,
      ...(r.schoolKind !== undefined && r.major !== undefined && r.graduationYear !== undefined
        ? { school: { kind: r.schoolKind, major: r.major, graduationYear: r.graduationYear, graduated: r.graduated ?? false } }
        : {}),
    };
    const checked = EligibilityInputSchema.safeParse(eligibilityInput);
    if (!checked.success) {
      problems.push({ row: row.rowNumber, column: "", message: `第 ${row.rowNumber} 行：申报条件数据无效` });
      continue;
    }
    candidates.push({
      rowNumber: row.rowNumber,
      name: r.name as string,
      idNumber: idNumber.id,
      gender: r.gender as "男" | "女",
      track: r.track as TrackCode,
      level: r.level as LevelCode,
      ...(r.phone !== undefined ? { phone: r.phone } : {}),
      ...(r.className ? { className: r.className } : {}),
      eligibilityInput: checked.data,
    });
  }

  if (exampleRows.length)
    notices.push(`第 ${exampleRows.join("、")} 行是模板中的示例考生（示例考生一/二），正式导入前请删除`);
  return { candidates, problems, notices };
}

function isImprecise(row: RosterRow, index: number | undefined): boolean {
  return index !== undefined && (row.imprecise?.includes(index) ?? false);
}
