// The two example candidates of the roster template. Fictitious people: region 110101
// (北京市东城区), sequence numbers 001/002, check characters computed (GB 11643).
import { idCheckChar } from "./id-number";
import { ROSTER_COLUMNS, type RosterColumnKey } from "./columns";

function exampleId(first17: string): string {
  return first17 + idCheckChar(first17);
}

export const TEMPLATE_EXAMPLE_ROWS: ReadonlyArray<Readonly<Partial<Record<RosterColumnKey, string>>>> = [
  {
    name: "示例考生一",
    idNumber: exampleId("11010119900307001"), // 17th digit 1 (odd) → 男
    gender: "男",
    track: "网商",
    level: "五级/初级工",
    occupation: "电子商务师",
    workYears: "1.5",
    apprenticeshipCompleted: "否",
    level5CertificateHeld: "否",
    phone: "13800000000",
  },
  {
    name: "示例考生二",
    idNumber: exampleId("11010119950815002"), // 17th digit 2 (even) → 女
    gender: "女",
    track: "跨境电子商务师",
    level: "四级/中级工",
    occupation: "营销员",
    workYears: "6年",
    apprenticeshipCompleted: "否",
    level5CertificateHeld: "是",
    yearsAfterLevel5Certificate: "4",
    schoolKind: "经评估的中等及以上职业学校",
    major: "电子商务",
    graduationYear: "2014",
    graduated: "是",
    phone: "010-12345678",
  },
];

/** The example rows as cell arrays in ROSTER_COLUMNS order. */
export function exampleRowCells(): string[][] {
  return TEMPLATE_EXAMPLE_ROWS.map((row) => ROSTER_COLUMNS.map((c) => row[c.key] ?? ""));
}

export const TEMPLATE_EXAMPLE_ID_NUMBERS: ReadonlySet<string> = new Set(
  TEMPLATE_EXAMPLE_ROWS.map((r) => r.idNumber ?? ""),
);
